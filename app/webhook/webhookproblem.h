#pragma once

#include <QCoreApplication>
#include <QString>

namespace Webhook {

// One thing wrong (or worth a second look) in a template or its rendered request, with the
// place it points at so the editor can jump there and underline it.
struct WebhookProblem
{
    enum class Field { Url, HeaderName, HeaderValue, PairKey, PairValue, RawBody, RenderedBody, Request };
    enum class Severity { Error, Warning };

    Field field = Field::Request;
    int row = -1;      // header or pair row, -1 otherwise
    int line = 0;      // 1-based within that field's text (or the rendered body); 0: the whole field
    int column = 0;
    QString message;
    Severity severity = Severity::Error;

    bool isError() const { return severity == Severity::Error; }
    // "URL", "header 2 value", "body", "rendered body" (translated).
    QString place() const;
    // "LINE:COL: message (place)", the form braze-cli prints.
    QString format() const;

    bool operator==(const WebhookProblem &other) const = default;

    Q_DECLARE_TR_FUNCTIONS(Webhook::WebhookProblem)
};

} // namespace Webhook
