/**
 * Upload from URL (the media library's "From URL") makes the CMS fetch whatever address an editor
 * gives, so it is off unless UPLOAD_FROM_URL=true: the admin route answers 403 and the service
 * behind it refuses. When on, every connection the fetch opens, each redirect's included, goes to
 * a public address only: the name is resolved here, every address it has is checked, and the
 * socket is opened to the address checked, so a name that resolves elsewhere a moment later (DNS
 * rebinding) gains nothing.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { lookup } from 'node:dns/promises';
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { Agent, buildConnector, Dispatcher, getGlobalDispatcher } from 'undici';
import { isPublicAddress } from './public-address';

export const UPLOAD_FROM_URL_OFF =
  'Uploading from a URL is turned off on this hub: download the file and upload it from your computer, or ask the administrator to set UPLOAD_FROM_URL=true.';

export class NotPublicAddress extends Error {
  constructor(hostname: string, address: string) {
    super(
      `${hostname} is ${address}, which is not a public address: the CMS fetches files from public addresses only, never from itself or its network. Download the file and upload it from your computer instead.`,
    );
    this.name = 'NotPublicAddress';
  }
}

const connectDirectly = buildConnector({});

/** An undici agent whose every connection goes to an address isAllowed accepts, resolved and checked per connection. */
export const checkedAgent = (isAllowed: (address: string) => boolean = isPublicAddress): Agent =>
  new Agent({
    connect: (options, callback) => {
      const hostname = options.hostname.replace(/^\[(.*)\]$/, '$1');
      lookup(hostname, { all: true, verbatim: true })
        .then((addresses) => {
          const refused = addresses.find(({ address }) => !isAllowed(address));
          if (refused) throw new NotPublicAddress(hostname, refused.address);
          // options.host keeps the name, so TLS still checks the certificate against it.
          connectDirectly({ ...options, hostname: addresses[0].address }, callback);
        })
        .catch((error: Error) => callback(error, null));
    },
  });

const fetchingForUpload = new AsyncLocalStorage<boolean>();

/** Sends what the upload fetch asks for through the checked agent, everything else where it went before. */
class UploadFetchDispatcher extends Dispatcher {
  private readonly checked = checkedAgent();

  constructor(private readonly otherwise: Dispatcher | undefined) {
    super();
  }

  dispatch(options: Dispatcher.DispatchOptions, handler: Dispatcher.DispatchHandlers): boolean {
    return (fetchingForUpload.getStore() ? this.checked : (this.otherwise ?? getGlobalDispatcher())).dispatch(
      options,
      handler,
    );
  }
}

interface FileService {
  fetchUrlToInputFile(url: string, ...rest: unknown[]): Promise<unknown>;
}

type Action = (ctx: unknown) => Promise<unknown>;

export const guardUploadFromUrl = (strapi: Core.Strapi, enabled: boolean): void => {
  const controller = strapi.plugin('upload').controller('admin-upload') as unknown as Record<string, Action>;
  const uploadFromUrls = controller.uploadFromUrls;
  // Refused before Strapi starts its event stream, so the answer is a plain 403; Strapi shows the
  // message of a PolicyError only, and replaces any other ForbiddenError's with "Forbidden".
  controller.uploadFromUrls = async (ctx) => {
    if (!enabled) throw new errors.PolicyError(UPLOAD_FROM_URL_OFF);
    return uploadFromUrls.call(controller, ctx);
  };
  // The upload plugin fetches with strapi.fetch, which takes its dispatcher from this property on every call.
  const strapiFetch = strapi.fetch as unknown as { dispatcher?: Dispatcher };
  if (enabled) strapiFetch.dispatcher = new UploadFetchDispatcher(strapiFetch.dispatcher);
  strapi.get('services').extend('plugin::upload.file', (service: FileService): FileService => ({
    ...service,
    async fetchUrlToInputFile(url, ...rest) {
      if (!enabled) throw new errors.ForbiddenError(UPLOAD_FROM_URL_OFF);
      try {
        return await fetchingForUpload.run(true, () => service.fetchUrlToInputFile(url, ...rest));
      } catch (error) {
        const cause = (error as Error).cause;
        if (cause instanceof NotPublicAddress)
          throw new errors.ApplicationError(`${url} was not fetched: ${cause.message}`);
        throw error;
      }
    },
  }));
};
