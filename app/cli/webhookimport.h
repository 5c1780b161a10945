#pragma once

#include <QTextStream>

// braze-cli webhook import-curl [--output FILE]: reads a cURL command from stdin and writes the
// webhook template (to FILE, or stdout). The Authorization value never reaches the template or
// the output: the template names a partner secret, read by braze-cli from BRAZE_SECRET_<NAME>.
// Exit status: 0 written, 1 not a cURL command the console can read (nothing written), 2 the
// file could not be written.
int runCurlImport(QIODevice &input, const QString &outputPath, QTextStream &out, QTextStream &err);
