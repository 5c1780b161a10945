#pragma once

#include "webhook/webhooktemplate.h"

#include <QHash>
#include <QString>
#include <QStringList>

namespace Webhook {

// A template names a value kept on a partner's Settings tab with a placeholder, e.g. the Quikly
// preset's "[[setting:quikly/q_scope]]". The value lives once, in the workspace's partner settings,
// and is read again for every preview and send, so a change on Quikly › Settings reaches every
// template that refers to it. Unlike a secret it is shown in the preview. Like a secret's, the
// placeholder is not Liquid: the builder shows it as written, so the reference stays visible.
namespace SettingReference {

// "quikly/q_scope": the partner's id and the field's id.
QString placeholder(const QString &name);
QString partnerOf(const QString &name);
QString fieldOf(const QString &name);
// The names referenced anywhere in a text or a template (URL, headers, pairs, raw body).
QStringList namesIn(const QString &text);
QStringList namesIn(const WebhookTemplate &webhook);

// Saved values by name; a name without a saved value is absent.
using Values = QHash<QString, QString>;
// A copy with every placeholder whose setting is saved replaced by its value; the others stay as
// written (the renderer reports them).
WebhookTemplate resolved(const WebhookTemplate &webhook, const Values &values);

} // namespace SettingReference

} // namespace Webhook
