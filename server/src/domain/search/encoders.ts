import { Charset, Encoder } from 'flexsearch';
import english from 'flexsearch/lang/en';
import french from 'flexsearch/lang/fr';
import german from 'flexsearch/lang/de';

/**
 * One encoder per language. flexsearch ships language packs (stemmer, stop words) for EN, DE and
 * FR; NL, ES and IT get its sound-alike Latin charset with their common stop words; Russian keeps
 * the Unicode-normalising charset, which leaves Cyrillic intact. All of them fold case and
 * accents, and the Latin ones tolerate typos through their phonetic folding.
 */
const stopWords: Record<string, string[]> = {
  nl: 'de het een en van ik je jij u mijn is in op te dat die voor met aan er maar om hoe wat wie waar wanneer kan ik ben zijn was niet geen ook als bij of naar dan door over tot uit'.split(' '),
  es: 'el la los las un una y de del en que es por para con no se su al lo como más pero sus le ya o este mi qué cómo dónde cuándo puedo'.split(' '),
  it: 'il lo la i gli le un una e di da in che è per con non si su al come ma del della dei delle mio mia cosa come dove quando posso'.split(' '),
};

const cache = new Map<string, Encoder>();

export function encoderFor(locale: string): Encoder {
  const language = locale.slice(0, 2).toLowerCase();
  let encoder = cache.get(language);
  if (!encoder) {
    if (language === 'en') encoder = new Encoder(Charset.LatinBalance).assign(english);
    else if (language === 'fr') encoder = new Encoder(Charset.LatinBalance).assign(french);
    else if (language === 'de') encoder = new Encoder(Charset.LatinBalance).assign(german);
    else if (stopWords[language]) encoder = new Encoder(Charset.LatinSoundex).assign({ filter: new Set(stopWords[language]) });
    else encoder = new Encoder(Charset.Normalize);
    cache.set(language, encoder);
  }
  return encoder;
}
