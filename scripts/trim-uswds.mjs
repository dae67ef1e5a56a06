// Trims USWDS's style sheet to the selectors RecoveryWorks's pages can use (run by scripts/refresh-uswds.sh).
//   node trim-uswds.mjs <uswds.min.css> <repository root>     (with purgecss installed where node finds it)
import { PurgeCSS } from 'purgecss';
import fs from 'fs';

const [css, root] = process.argv.slice(2);
// PurgeCSS drops rules with a :not() inside :where() (".usa-form a:where(:not(.usa-button))") even when they match:
// such rules are kept whole.
const full = fs.readFileSync(css, 'utf8').replace(/([^{}]*:where\(:not[^{]*)\{([^{}]*)\}/g,
  '/*! purgecss start ignore */$1{$2}/*! purgecss end ignore */');
const [result] = await new PurgeCSS().purge({
  content: [root + '/src/main/resources/templates/**/*.html', root + '/src/main/java/**/*.java',
    root + '/src/main/resources/static/js/*.js', root + '/src/main/resources/static/uswds/js/uswds.min.js'],
  css: [{ raw: full }],
  keyframes: true,
  // Class names with a breakpoint ("tablet:grid-col-6"); USWDS's script builds its class names as prefix +
  // "-file-input__target", so a word that starts with "-" also counts as "usa-" and the word.
  defaultExtractor: c => (c.match(/[A-Za-z0-9_:-]+/g) || []).flatMap(w => w.startsWith('-') ? [w, 'usa' + w] : [w]),
  // States USWDS's script sets.
  safelist: { standard: [/^is-/, /^usa-js-/] },
});
fs.writeFileSync(css, result.css);
