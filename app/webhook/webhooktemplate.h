#pragma once

#include "webhook/connectedcontentstub.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace Webhook {

// One row of the header table or of the JSON key/value pairs: a literal key and a value that
// may contain Liquid.
struct KeyValueRow
{
    QString key;
    QString value;
    bool operator==(const KeyValueRow &other) const = default;
};

// Braze's two request body modes (braze-liquid.md §9.2).
enum class BodyMode { KeyValuePairs, RawText };

// A webhook template as the marketer edits it: everything Braze's composer holds, plus notes.
// Secrets never live here: a header refers to a partner value by a placeholder such as
// [[secret:quikly/authorization]] (see SecretReference).
struct WebhookTemplate
{
    static constexpr int SchemaVersion = 1;

    QString id;             // stable file name in the library (uuid without braces)
    QString name;
    QString url;
    QString method = QStringLiteral("POST");
    QList<KeyValueRow> headers;
    BodyMode bodyMode = BodyMode::KeyValuePairs;
    QList<KeyValueRow> pairs;
    QString rawBody;
    QString notes;
    QString presetId;       // the preset it was copied from, if any
    QList<ConnectedContentStub> stubs; // canned connected_content answers for previews
    QDateTime modified;

    bool operator==(const WebhookTemplate &other) const = default;

    static QStringList methods();                 // POST, PUT, PATCH, GET, DELETE
    static bool methodCarriesBody(const QString &method);
    static QString newId();

    QJsonObject toJson() const;
    // Reads a template file or an export. Returns false with *error in plain words.
    static bool fromJson(const QJsonObject &object, WebhookTemplate *result, QString *error);
    // Header value for a name, case-insensitively (empty when absent).
    QString headerValue(const QString &headerName) const;

    Q_DECLARE_TR_FUNCTIONS(Webhook::WebhookTemplate)
};

} // namespace Webhook
