export { detectHost, hostFromOffice, officeMayBeHost, loadOfficeJs, OFFICE_JS_URL, type Host } from './host';
