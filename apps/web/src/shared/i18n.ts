import { useEffect, useMemo, useSyncExternalStore } from 'react';

/**
 * A small, dependency-free i18n layer shared by the three pages (QR page, kiosk, staff).
 * Bahasa Indonesia first ('id', the default), English available ('en'). The choice comes from
 * `?lang=en|id` in the address (and is then remembered), else from localStorage, else 'id'.
 * `<html lang>` always follows the choice. Each page keeps its own dictionaries, so the QR page
 * carries only its own words.
 */
export type Lang = 'id' | 'en';

export const LANG_KEY = 'k360.lang';

const isLang = (v: unknown): v is Lang => v === 'id' || v === 'en';

function store(lang: Lang): void {
  try {
    localStorage.setItem(LANG_KEY, lang);
  } catch {
    // storage may be unavailable (private mode, quota): the choice lasts for this page only
  }
}

function initialLang(): Lang {
  try {
    const fromUrl = new URLSearchParams(location.search).get('lang');
    if (isLang(fromUrl)) {
      store(fromUrl);
      return fromUrl;
    }
    const saved = localStorage.getItem(LANG_KEY);
    if (isLang(saved)) return saved;
  } catch {
    // fall through to the default
  }
  return 'id';
}

let current: Lang = initialLang();
const listeners = new Set<() => void>();

function apply(): void {
  document.documentElement.lang = current;
}
apply();

export function getLang(): Lang {
  return current;
}

export function setLang(lang: Lang): void {
  if (lang === current) return;
  current = lang;
  store(lang);
  apply();
  listeners.forEach((l) => l());
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  // Another tab switched: follow it.
  const onStorage = (e: StorageEvent) => {
    if (e.key === LANG_KEY && isLang(e.newValue) && e.newValue !== current) {
      current = e.newValue;
      apply();
      listeners.forEach((l) => l());
    }
  };
  addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    removeEventListener('storage', onStorage);
  };
}

/** The current language; re-renders the component when it changes. */
export function useLang(): Lang {
  return useSyncExternalStore(subscribe, getLang, getLang);
}

export type Params = Record<string, string | number>;

/** Replaces `{name}` placeholders with params. */
export function format(text: string, params?: Params): string {
  return params ? text.replace(/\{(\w+)\}/g, (m, k: string) => (k in params ? String(params[k]) : m)) : text;
}

/** One dictionary per language, with the same keys (the Indonesian one defines them). */
export type Messages<K extends string> = { id: Record<K, string>; en: Record<K, string> };

/** A page's dictionaries: the Indonesian one defines the keys, the English one has exactly those. */
export function defineMessages<K extends string>(messages: { id: Record<K, string>; en: NoInfer<Record<K, string>> }): Messages<K> {
  return messages;
}

export type T<K extends string> = (key: K, params?: Params) => string;

export function translator<K extends string>(messages: Messages<K>, lang: Lang): T<K> {
  return (key, params) => format(messages[lang][key] ?? messages.id[key] ?? key, params);
}

/** `t(key, params?)` for the current language, and the language itself. */
export function useT<K extends string>(messages: Messages<K>): { t: T<K>; lang: Lang } {
  const lang = useLang();
  const t = useMemo(() => translator(messages, lang), [messages, lang]);
  return { t, lang };
}

/** Keeps document.title in the current language. */
export function useTitle(title: string): void {
  useEffect(() => {
    document.title = title;
  }, [title]);
}

/**
 * The server's messages are bilingual ("Indonesian. / English."): the part for the language.
 * Messages without an English part stay as they are.
 */
export function serverText(message: string, lang: Lang): string {
  const parts = message.split(' / ');
  return (lang === 'en' && parts.length > 1 ? parts.slice(1).join(' / ') : parts[0]).trim();
}
