/// <reference types="vite/client" />

/** Set by .storybook/sandbox-env.ts. */
interface ImportMetaEnv {
  readonly STORYBOOK_API_BASE: string;
  readonly STORYBOOK_PUBLISHABLE_KEY: string;
  readonly STORYBOOK_ORGANISATION_ID: string;
  readonly STORYBOOK_CONTACT_TOKEN: string;
  readonly STORYBOOK_SERVICE_ID: string;
  readonly STORYBOOK_ADMIN_TOKEN: string;
}
