// next-intl's typed configuration: every t("…") key and its placeholders are checked against the
// Indonesian catalogue (the English one has the same keys and placeholders: tests/lib/i18n).
import type { Locale } from "./config";
import type messages from "./messages/id.json";

declare module "next-intl" {
  interface AppConfig {
    Locale: Locale;
    Messages: typeof messages;
  }
}
