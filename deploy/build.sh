#!/usr/bin/env sh
# The build the Dockerfile runs, as a script CI can run without pulling an image:
#   deploy/build.sh <output-dir>
# Installs exactly what the lockfile says, builds the admin web, then leaves in <output-dir> the
# runtime tree: server sources (run with tsx), the built admin web and production dependencies only.
set -eu
out=${1:?usage: deploy/build.sh <output-dir>}
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
npm ci --no-audit --no-fund
npm run build:web
rm -rf "$out" && mkdir -p "$out"
cp -R package.json package-lock.json tsconfig.json bot cards core jobs server manifests "$out"/
mkdir -p "$out/admin-web" && cp -R admin-web/dist "$out/admin-web/dist"
cd "$out"
# tsx runs the TypeScript sources at start; it is a dev dependency, so keep it explicitly.
npm ci --omit=dev --no-audit --no-fund
npm install --no-save --no-audit --no-fund "tsx@$(node -p "require('$root/package.json').devDependencies.tsx")"
