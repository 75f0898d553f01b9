/// <reference types="vite/client" />

interface ImportMetaEnv {
  readonly VITE_OFFICE_JS_URL: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}
