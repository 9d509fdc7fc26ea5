import type { ServiceModule } from './types';
import { cardServiceModule } from './card-service';
import { peopleModule } from './people';
import { spreadsheetModule } from './spreadsheet';
import { adminDirectoryModule } from './admin-directory';
import { propertiesModule } from './properties';
import { cacheModule } from './cache';
import { sessionModule } from './session';
import { loggerModule } from './logger';
import { utilitiesModule } from './utilities';
import { lockModule } from './lock';
import { urlFetchModule } from './url-fetch';
import { gmailAdvancedModule } from './gmail-advanced';
import { gmailAppModule } from './gmail-app';
import { scriptAppModule } from './script-app';
import { htmlServiceModule } from './html-service';
import { mailAppModule } from './mail-app';

/**
 * Every service the offline Workspace offers, in one list. A module puts its globals into each execution's
 * context; advanced services only when the manifest enables them.
 */
export const SERVICE_MODULES: ServiceModule[] = [
  propertiesModule,
  cacheModule,
  sessionModule,
  loggerModule,
  utilitiesModule,
  lockModule,
  urlFetchModule,
  gmailAdvancedModule,
  gmailAppModule,
  scriptAppModule,
  htmlServiceModule,
  mailAppModule,
  cardServiceModule,
  peopleModule,
  spreadsheetModule,
  adminDirectoryModule,
];
