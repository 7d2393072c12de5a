/**
 * Word lists behind `stated-facts.ts`: the applications it names, and capitalised words that are
 * never a client. Kept apart so adding a product is a one-line change.
 */

/** Pattern → the application's name as it is written in a note. */
export const APPLICATIONS: ReadonlyArray<[RegExp, string]> = [
  [/\boutlook\b/i, 'Outlook'],
  [/\b(?:ms |microsoft )?teams\b/i, 'Teams'],
  [/\bexcel\b/i, 'Excel'],
  [/\bWord\b/, 'Word'],
  [/\bpowerpoint\b/i, 'PowerPoint'],
  [/\bone ?note\b/i, 'OneNote'],
  [/\bone ?drive\b/i, 'OneDrive'],
  [/\bshare ?point\b/i, 'SharePoint'],
  [/\bquick ?books\b/i, 'QuickBooks'],
  [/\bSage\b/, 'Sage'],
  [/\bXero\b/, 'Xero'],
  [/\bchrome\b/i, 'Chrome'],
  [/\bEdge\b/, 'Edge'],
  [/\bfirefox\b/i, 'Firefox'],
  [/\bZoom\b/, 'Zoom'],
  [/\bwebex\b/i, 'Webex'],
  [/\b(?:adobe )?acrobat(?: reader)?\b|\badobe reader\b/i, 'Adobe Acrobat'],
  [/\bglobal ?protect\b/i, 'GlobalProtect'],
  [/\bforti ?client\b/i, 'FortiClient'],
  [/\bany ?connect\b/i, 'AnyConnect'],
  [/\bcitrix\b/i, 'Citrix'],
  [/\bremote desktop\b|\bRDP\b/i, 'Remote Desktop'],
  [/\bauthenticator\b/i, 'Authenticator'],
  [/\bsalesforce\b/i, 'Salesforce'],
  [/\bdropbox\b/i, 'Dropbox'],
  [/\bautocad\b/i, 'AutoCAD'],
];

/** Capitalised words that follow "at"/"for" in tickets without naming a client. */
export const NOT_CLIENTS = new Set(
  (
    'monday tuesday wednesday thursday friday saturday sunday january february march april may june july ' +
    'august september october november december reception accounts accounting finance hr it sales marketing ' +
    'support head main front home work office microsoft windows google apple the this that these those some ' +
    'all everyone least first last outlook teams excel word onedrive sharepoint quickbooks sage xero chrome ' +
    'edge firefox zoom webex adobe citrix azure entra intune exchange mfa vpn wifi i we she he they it ' +
    'user users staff admin admins help helpdesk desk floor printer laptop pc now today'
  ).split(' '),
);
