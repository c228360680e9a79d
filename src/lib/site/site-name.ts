/** The site's name, in page titles, the header, the feed, social cards and badges: written once. */
export const SITE_NAME = 'Container Atlas';
