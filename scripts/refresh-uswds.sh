#!/usr/bin/env bash
# Re-vendor the subset of the US Web Design System (USWDS) dist that RecoveryWorks serves.
#
# Fetches exactly @uswds/uswds@3.14.0 with `npm pack` into a temp dir and copies a fixed
# set of files into src/main/resources/static/uswds/, keeping the dist layout
# (css/, js/, fonts/, img/) so the relative url(../fonts/...) and url(../img/...) in
# uswds.min.css resolve. The old css/ js/ fonts/ img/ dirs are deleted first;
# README.md (source/licence note) in the target dir is kept.
#
# The style sheet is then trimmed with PurgeCSS (scripts/trim-uswds.mjs) to the selectors our pages can use: the class
# names in the templates, the Java code and the scripts. The full sheet is 64 KB gzipped and the trimmed one about
# 15 KB; it blocks the first paint of every page. Run this script again when a template starts using a USWDS class
# that is not in the trimmed sheet (UswdsClassesTest names it).
#
# Usage: scripts/refresh-uswds.sh     (needs npm, node, tar; network access to the npm registry)
set -euo pipefail

USWDS_VERSION="3.14.0"
PURGECSS_VERSION="7.0.2"
PKG="@uswds/uswds@${USWDS_VERSION}"

SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_ROOT="$(cd "${SCRIPT_DIR}/.." && pwd)"
TARGET="${REPO_ROOT}/src/main/resources/static/uswds"

command -v npm >/dev/null || { echo "npm not found" >&2; exit 1; }

WORK="$(mktemp -d)"
trap 'rm -rf "${WORK}"' EXIT

echo "Fetching ${PKG} ..."
(cd "${WORK}" && npm pack --silent "${PKG}" >/dev/null)
TGZ="${WORK}/uswds-uswds-${USWDS_VERSION}.tgz"
[[ -f "${TGZ}" ]] || { echo "expected ${TGZ} after npm pack" >&2; exit 1; }
tar xzf "${TGZ}" -C "${WORK}"
DIST="${WORK}/package/dist"

got_version="$(sed -n 's/^[[:space:]]*"version":[[:space:]]*"\([^"]*\)".*/\1/p' "${WORK}/package/package.json" | head -n1)"
[[ "${got_version}" == "${USWDS_VERSION}" ]] || { echo "unexpected version ${got_version}" >&2; exit 1; }

# Paths relative to package/dist. Every entry must exist (the copy fails otherwise).
FILES=(
  css/uswds.min.css
  js/uswds.min.js

  # Default theme: sans = Source Sans Pro (body/UI), serif = Merriweather (headings),
  # mono = Roboto Mono (code). Regular, bold, italic, bold italic of each.
  # Light (300) faces are omitted: only the .text-light utility classes request them.
  fonts/source-sans-pro/sourcesanspro-regular-webfont.woff2
  fonts/source-sans-pro/sourcesanspro-bold-webfont.woff2
  fonts/source-sans-pro/sourcesanspro-italic-webfont.woff2
  fonts/source-sans-pro/sourcesanspro-bolditalic-webfont.woff2
  fonts/merriweather/Latin-Merriweather-Regular.woff2
  fonts/merriweather/Latin-Merriweather-Bold.woff2
  fonts/merriweather/Latin-Merriweather-Italic.woff2
  fonts/merriweather/Latin-Merriweather-BoldItalic.woff2
  fonts/roboto-mono/roboto-mono-v5-latin-regular.woff2
  fonts/roboto-mono/roboto-mono-v5-latin-700.woff2
  fonts/roboto-mono/roboto-mono-v5-latin-italic.woff2
  fonts/roboto-mono/roboto-mono-v5-latin-700italic.woff2

  # Banner / header images and the icon sprite
  img/us_flag_small.png
  img/icon-dot-gov.svg
  img/icon-https.svg
  img/lock.svg
  img/sprite.svg

  # Icons used directly by our pages (some are also referenced by the CSS)
  img/usa-icons/close.svg
  img/usa-icons/search.svg
  img/usa-icons/navigate_next.svg
  img/usa-icons/navigate_before.svg
  img/usa-icons/navigate_far_next.svg
  img/usa-icons/navigate_far_before.svg
  img/usa-icons/expand_more.svg
  img/usa-icons/expand_less.svg
  img/usa-icons/check_circle.svg
  img/usa-icons/error.svg
  img/usa-icons/warning.svg
  img/usa-icons/info.svg
  img/usa-icons/lock.svg
  img/usa-icons/menu.svg

  # Every other url(../img/...) in uswds.min.css (checkbox/radio marks, select arrow,
  # file input, loader, hero, link/accordion icons ...)
  img/checkbox-indeterminate.svg
  img/checkbox-indeterminate-alt.svg
  img/correct8.svg
  img/correct8-alt.svg
  img/file.svg
  img/file-excel.svg
  img/file-pdf.svg
  img/file-video.svg
  img/file-word.svg
  img/loader.svg
  img/usa-icons-bg/check--blue-60v.svg
  img/usa-icons-bg/error--white.svg
  img/usa-icons-bg/launch--white.svg
  img/usa-icons/add.svg
  img/usa-icons/arrow_back.svg
  img/usa-icons/calendar_today.svg
  img/usa-icons/launch.svg
  img/usa-icons/remove.svg
  img/usa-icons/unfold_more.svg
)

for f in "${FILES[@]}"; do
  [[ -f "${DIST}/${f}" ]] || { echo "missing in ${PKG}: dist/${f}" >&2; exit 1; }
done

rm -rf "${TARGET}/css" "${TARGET}/js" "${TARGET}/fonts" "${TARGET}/img"
mkdir -p "${TARGET}"
for f in "${FILES[@]}"; do
  mkdir -p "${TARGET}/$(dirname "${f}")"
  cp "${DIST}/${f}" "${TARGET}/${f}"
done

echo "Trimming css/uswds.min.css with PurgeCSS ${PURGECSS_VERSION} ..."
(cd "${WORK}" && npm install --silent --no-save --no-audit --no-fund "purgecss@${PURGECSS_VERSION}" >/dev/null)
cp "${SCRIPT_DIR}/trim-uswds.mjs" "${WORK}/trim-uswds.mjs"
before=$(gzip -c "${TARGET}/css/uswds.min.css" | wc -c)
node "${WORK}/trim-uswds.mjs" "${TARGET}/css/uswds.min.css" "${REPO_ROOT}"
echo "uswds.min.css: ${before} bytes gzipped before trimming, $(gzip -c "${TARGET}/css/uswds.min.css" | wc -c) after."

# Report any url(...) in the CSS that we did not vendor (expected: the light 300 fonts only).
missing=0
while IFS= read -r u; do
  rel="${u#../}"
  if [[ ! -f "${TARGET}/${rel}" ]]; then
    echo "note: CSS references ${u}, not vendored" >&2
    missing=$((missing + 1))
  fi
done < <(grep -o 'url(\.\./[^)]*)' "${TARGET}/css/uswds.min.css" | sed 's/^url(//; s/)$//; s/^["'\'']//; s/["'\'']$//' | sort -u)

echo "Copied ${#FILES[@]} files from ${PKG} into ${TARGET} ($(du -sh "${TARGET}" | cut -f1) total); ${missing} CSS url(s) not vendored."
