/**
 * The public library as editors need to know it: when the live site was last published and what
 * it holds, whether their latest change is still being published, and, in plain words, a publish
 * that failed (the site then keeps showing the previous version). Refreshes every few seconds.
 */
import { Box, Flex, Link, Typography } from '@strapi/design-system';
import { Widget } from '@strapi/strapi/admin';
import { usePublishingStatus, when } from './use-publishing-status';

export const PublishingStatusWidget = () => {
  const { status, failed } = usePublishingStatus();
  if (failed) return <Widget.Error>The state of the public library could not be read.</Widget.Error>;
  if (!status) return <Widget.Loading />;
  if (status.state === 'not-configured')
    return (
      <Widget.NoData>
        Publishing is not set up here (PUBLISHER_URL is not set): published changes do not reach a public site.
      </Widget.NoData>
    );
  if (status.state === 'unreachable')
    return <Widget.Error>{`The publishing service cannot be reached: ${status.message}.`}</Widget.Error>;

  const { live, lastError, building, siteUrl } = status;
  const failedSinceLive = lastError && (!live || lastError.at > live.builtAt);
  return (
    <Flex direction="column" alignItems="stretch" gap={3} data-testid="publishing-status">
      {live ? (
        <Typography variant="omega">
          {`Live since ${when(live.builtAt)}: ${live.documents.toLocaleString()} documents on ${live.pages.toLocaleString()} pages (published in ${live.seconds} s).`}
        </Typography>
      ) : (
        <Typography variant="omega">The public library has not been published yet.</Typography>
      )}
      {building && (
        <Typography variant="omega" textColor="primary600">
          Publishing the latest changes…
        </Typography>
      )}
      {failedSinceLive && (
        <Box background="danger100" padding={3} hasRadius>
          <Typography variant="omega" textColor="danger700" fontWeight="bold">
            {`The last publish failed (${when(lastError.at)}); the site still shows the version above.`}
          </Typography>
          {lastError.retryAt && (
            <Box paddingTop={1}>
              <Typography variant="omega" textColor="danger700">
                {new Date(lastError.retryAt) > new Date()
                  ? `It will be tried again automatically at ${new Date(lastError.retryAt).toLocaleTimeString()}.`
                  : 'It is being tried again now.'}
              </Typography>
            </Box>
          )}
          <Box paddingTop={1}>
            <Typography variant="pi" textColor="danger700">
              {lastError.message.split('\n').slice(0, 6).join(' ')}
            </Typography>
          </Box>
        </Box>
      )}
      {siteUrl && (
        <Link href={siteUrl} isExternal>
          Open the public library
        </Link>
      )}
    </Flex>
  );
};
