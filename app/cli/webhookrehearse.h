#pragma once

#include "webhook/renderedrequest.h"

#include <QTextStream>
#include <QUrl>

// braze-cli webhook rehearse: sends a rendered webhook the way Braze delivers it and prints the
// attempt timeline. `answers` (e.g. "503,503,200", "drop", "hang") starts a local sandbox whose
// receiver answers so; otherwise the request goes to `endpoint` (or the template's URL).
// speed: rehearsal time runs that many times faster than real time. Exit status: 0 delivered,
// 4 not delivered, 2 the sandbox or its answers could not be set up.
int runRehearsal(const Webhook::RenderedRequest &request, const QUrl &endpoint, const QString &answers, double speed,
                 QTextStream &out, QTextStream &err);
