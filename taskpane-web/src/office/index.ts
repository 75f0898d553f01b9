export { detectHost, hostFromOffice, loadOfficeJs, OFFICE_JS_URL, type Host } from './host';
