/**
 * Whether an address is one the CMS may fetch from on an editor's behalf: public unicast only.
 * Everything else (0.0.0.0/8, loopback, link-local, private, CGNAT, multicast, reserved, and the
 * IPv6 forms of these, IPv4-mapped and NAT64 included) can reach the hub's own services or its
 * network. ipaddr.js keeps the list of special ranges; anything it names is refused.
 */
import { isIP } from 'node:net';
import ipaddr from 'ipaddr.js';

// IPv4-compatible IPv6 (::a.b.c.d, deprecated): some stacks still carry it to the IPv4 address.
const IPV4_COMPATIBLE = ipaddr.parseCIDR('::/96');

// ipaddr.js reads any "::a.b.c.d" as IPv4-mapped; the URL standard writes it as plain hex first.
const hexForm = (ipv6: string) => new URL(`http://[${ipv6.replace(/%.*$/, '')}]`).hostname.slice(1, -1);

export const isPublicAddress = (address: string): boolean => {
  const version = isIP(address);
  if (version === 0) return false;
  const parsed = ipaddr.parse(version === 6 ? hexForm(address) : address);
  if (parsed.kind() === 'ipv6') {
    const v6 = parsed as ipaddr.IPv6;
    if (v6.isIPv4MappedAddress()) return isPublicAddress(v6.toIPv4Address().toString());
    if (v6.match(IPV4_COMPATIBLE)) return false;
  }
  return parsed.range() === 'unicast';
};
