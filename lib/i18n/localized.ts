/** The English text when the visitor reads English and one exists, else the Indonesian original. */
export const localized = (locale: string, id: string, en?: string | null) => (locale === "en" && en ? en : id);
