import { Lang, setLang, useLang } from './i18n';

/** Each language named in itself, and what the switch does, said in the language it switches to. */
const NAME: Record<Lang, string> = { id: 'Bahasa Indonesia', en: 'English' };
const ACTION: Record<Lang, string> = {
  id: 'Bahasa Indonesia: tampilkan halaman dalam Bahasa Indonesia',
  en: 'English: show this page in English',
};

/** The visible language switch: one button offering the other language. */
export function LangSwitch() {
  const other: Lang = useLang() === 'id' ? 'en' : 'id';
  return (
    <div className="langbar">
      <button type="button" className="secondary lang" lang={other} aria-label={ACTION[other]} onClick={() => setLang(other)}>
        {NAME[other]}
      </button>
    </div>
  );
}
