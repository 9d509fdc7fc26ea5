/**
 * Directory report: a small Apps Script tool of the kind Workspace admins write for themselves. It lists every
 * user of the domain with the Admin SDK Directory advanced service (page by page), writes them into a new
 * spreadsheet, and logs a summary. Not part of Autograph: the offline Workspace runs it beside Autograph to
 * show that any Apps Script project can be run against the same company.
 *
 * Run `writeDirectoryReport` as an administrator.
 */

var REPORT_HEADER = ['Primary email', 'Name', 'Org unit', 'Department', 'Title', 'Admin', 'Suspended', 'Last login'];

function writeDirectoryReport() {
  var users = listAllUsers_();
  var spreadsheet = SpreadsheetApp.create('Directory report ' + Utilities.formatDate(new Date(), Session.getScriptTimeZone(), 'yyyy-MM-dd'));
  var sheet = spreadsheet.getSheets()[0];
  sheet.setName('Users');
  var rows = [REPORT_HEADER].concat(users.map(toRow_));
  sheet.getRange(1, 1, rows.length, REPORT_HEADER.length).setValues(rows);
  sheet.setFrozenRows(1);

  var suspended = users.filter(function (u) { return u.suspended; }).length;
  var admins = users.filter(function (u) { return u.isAdmin; }).length;
  var props = PropertiesService.getScriptProperties();
  props.setProperty('lastReportId', spreadsheet.getId());
  props.setProperty('lastReportUsers', String(users.length));
  Logger.log('Directory report: %s users (%s admins, %s suspended) in %s', users.length, admins, suspended, spreadsheet.getUrl());
  return { spreadsheetId: spreadsheet.getId(), users: users.length, admins: admins, suspended: suspended };
}

/** Every user of the caller's customer, following nextPageToken (maxResults is at most 500). */
function listAllUsers_() {
  var users = [];
  var pageToken;
  do {
    var page = AdminDirectory.Users.list({
      customer: 'my_customer',
      maxResults: 200,
      orderBy: 'email',
      projection: 'full',
      pageToken: pageToken
    });
    users = users.concat(page.users || []);
    pageToken = page.nextPageToken;
  } while (pageToken);
  return users;
}

function toRow_(u) {
  var org = (u.organizations || []).filter(function (o) { return o.primary; })[0] || (u.organizations || [])[0] || {};
  return [
    u.primaryEmail,
    u.name ? u.name.fullName : '',
    u.orgUnitPath || '/',
    org.department || '',
    org.title || '',
    u.isAdmin ? 'yes' : 'no',
    u.suspended ? 'yes' : 'no',
    u.lastLoginTime || ''
  ];
}

/** Runs the report every morning at about 6 in the script's time zone (an installable time-driven trigger). */
function installDailyReport() {
  ScriptApp.getProjectTriggers().forEach(function (t) {
    if (t.getHandlerFunction() === 'writeDirectoryReport') ScriptApp.deleteTrigger(t);
  });
  ScriptApp.newTrigger('writeDirectoryReport').timeBased().everyDays(1).atHour(6).create();
}
