// Where the site is hosted and where its source lives. One place, with
// environment overrides, so a fork can deploy under its own URL and sub-path.
const env = process.env;

/** Ensures a base path starts and ends with one slash: "atlas" → "/atlas/". */
function normaliseBase(value) {
  const trimmed = (value ?? '').trim().replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

export const siteConfig = {
  /** The public origin, used for canonical URLs, the sitemap and the feed. */
  siteUrl: env.SITE_URL || 'https://container-atlas.github.io',
  /** The sub-path the site is served under. */
  basePath: normaliseBase(env.BASE_PATH),
  /** The repository that "Edit this page" links into. */
  repositoryUrl: (env.REPOSITORY_URL || 'https://github.com/container-atlas/container-atlas').replace(/\/+$/, ''),
  /** The branch that "Edit this page" links to. */
  repositoryBranch: env.REPOSITORY_BRANCH || 'main',
};
