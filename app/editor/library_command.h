#pragma once
// `permitted --export-library OUT.json` and `permitted --import-library IN.json [--replace]`:
// the template library for backups and scripts, without a window. The file is the JSON of the
// Templates panel's export. An import adds every template and, where one is already there, keeps
// both (or replaces it with --replace). Exit status 0, or 2 with a one-line reason.

#include <QString>

namespace permitted {

int exportLibrary(const QString &libraryPath, const QString &out);
int importLibrary(const QString &libraryPath, const QString &in, bool replace);

} // namespace permitted
