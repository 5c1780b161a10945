#pragma once

#include "webhook/webhooktemplate.h"

#include <QList>
#include <QString>

namespace Webhook {

// Drafts of templates being edited, written every few seconds while there are unsaved changes
// (<library folder>/autosave/<id>.json). A clean save or a discard removes the draft; a crash
// leaves it, and the next start offers it back.
class AutosaveStore
{
public:
    explicit AutosaveStore(const QString &libraryFolder);

    QString folder() const { return m_folder; }
    bool write(const WebhookTemplate &draft, QString *error = nullptr) const;
    void remove(const QString &id) const;
    // Drafts left behind, newest first.
    QList<WebhookTemplate> pending() const;

private:
    QString m_folder;
};

} // namespace Webhook
