#pragma once

#include "braze/apirequest.h"
#include "braze/permissions/permissiontablemodel.h"

#include <QObject>
#include <QPointer>

namespace Braze {

class BrazeClient;
struct ApiResult;

// Finds out which permissions a workspace's key has, using only calls that change nothing in
// Braze (see probeCalls() for each call and why it is harmless). A permission without such a
// call is reported "unknown", never guessed. Results stay in model() with their time until the
// next check.
class PermissionProbe : public QObject
{
    Q_OBJECT

public:
    // One harmless call that tells whether the key holds `permission`; an empty request means
    // there is no harmless call and the permission stays unknown for the reason in `why`.
    struct ProbeCall
    {
        QString permission;
        PreparedRequest request;
        QString why;
    };

    explicit PermissionProbe(BrazeClient *client, QObject *parent = nullptr);

    PermissionTableModel *model() const { return m_model; }
    bool isRunning() const { return m_pending > 0; }
    // Checks every permission again (ignored while a check runs).
    void start();

    static QList<ProbeCall> probeCalls();
    // The verdict for one probe answer: 2xx and 400 mean granted (Braze checks the key and its
    // permission before it reads the body, braze-api.md §2.1 and §12), and so is a catalog
    // error body with 404 (catalog-not-found); 403 missing, anything else unknown.
    static PermissionState verdictFor(const ApiResult &result);

signals:
    void progressed(int done, int total);
    void finished();

private:
    void onAnswered();

    QPointer<BrazeClient> m_client;
    PermissionTableModel *m_model;
    int m_pending = 0;
    int m_total = 0;
};

} // namespace Braze
