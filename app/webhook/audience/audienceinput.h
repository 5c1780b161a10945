#pragma once

#include "webhook/audience/audienceuserref.h"
#include "webhook/previewuser.h"

#include <QList>

namespace Webhook {

// Where an audience preview takes its users from, one at a time, so that no more than one user
// (or one batch) is held at once.
class AudienceInput
{
public:
    struct Item
    {
        PreviewUser user;
        AudienceUserRef ref;
        QString error;   // not empty: this line holds no user (ref says where)
    };

    virtual ~AudienceInput() = default;
    // False at the end; errorString() then says whether the input failed before its end.
    virtual bool next(Item *item) = 0;
    // Progress in the input's own units (bytes of a file, users of a list); total < 0: unknown.
    virtual qint64 done() const = 0;
    virtual qint64 total() const = 0;
    virtual QString errorString() const { return {}; }
    // Unblocks a next() waiting for more input (called from another thread on Cancel).
    virtual void interrupt() {}
};

// Users the caller already has: the sandbox's users, the saved test users.
class UserListInput : public AudienceInput
{
public:
    explicit UserListInput(QList<PreviewUser> users) : m_users(std::move(users)) {}
    bool next(Item *item) override
    {
        if (m_next >= m_users.size())
            return false;
        item->user = m_users.at(m_next);
        item->ref = AudienceUserRef{item->user.displayName(), 0, -1, m_next};
        item->error.clear();
        ++m_next;
        return true;
    }
    qint64 done() const override { return m_next; }
    qint64 total() const override { return m_users.size(); }

private:
    QList<PreviewUser> m_users;
    qsizetype m_next = 0;
};

} // namespace Webhook
