#include "help/startherepage.h"

#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

StartHerePage::StartHerePage(const QString &firstPartnerId, QWidget *parent)
    : QWidget(parent)
{
    auto *title = new QLabel(QStringLiteral("<h1>%1</h1>").arg(tr("Start here").toHtmlEscaped()), this);
    auto *intro = new QLabel(tr("<p>Braze Console helps you set up and test Braze's partner integrations (Quikly, SmarterSends, "
                                "ActionIQ, Outgrow) before anything reaches your customers.</p>"
                                "<p>You are working in the <b>built-in sandbox</b>: a copy of Braze's REST API that runs on this "
                                "computer, with demo users and demo API keys. Try everything here; nothing is sent to Braze. "
                                "When you are ready, add your own Braze workspace on the Workspaces page.</p>"),
                             this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::RichText);

    struct Thing
    {
        const char *object;
        QString label;
        QString what;
        QString pageId;
        Tab tab;
    };
    const QList<Thing> things{
        {"startWorkspaces", tr("&Workspaces"),
         tr("Keep your Braze workspaces (REST endpoint, API key in the system keychain, App ID) and see which permissions each "
            "integration needs and which your key really has."),
         QStringLiteral("workspaces"), Tab::None},
        {"startSettings", tr("&Integration settings"),
         tr("Enter the IDs and secrets each partner needs, checked as you type and against Braze, and copy the hand-off sheet for the partner."),
         firstPartnerId, Tab::Settings},
        {"startWebhooks", tr("Webhoo&k templates"),
         tr("Build webhook templates with Braze's Liquid and preview the exact request for a random, an existing or a custom user."),
         QStringLiteral("webhooks"), Tab::None},
        {"startWorkflows", tr("&Partner workflows"),
         tr("Run each partner's documented workflow step by step against Braze and see every request and answer."),
         firstPartnerId, Tab::Workflows},
        {"startUsers", tr("&Test users"),
         tr("Look up, create and change test users by hand: attributes, events, subscriptions and aliases."),
         QStringLiteral("users"), Tab::None},
    };
    auto *grid = new QGridLayout;
    grid->setColumnStretch(1, 1);
    grid->setVerticalSpacing(12);
    for (int row = 0; row < things.size(); ++row) {
        const Thing &thing = things.at(row);
        auto *button = new QPushButton(thing.label, this);
        button->setObjectName(QString::fromLatin1(thing.object));
        auto *what = new QLabel(thing.what, this);
        what->setWordWrap(true);
        what->setBuddy(button);
        button->setAccessibleDescription(thing.what);
        grid->addWidget(button, row, 0, Qt::AlignTop);
        grid->addWidget(what, row, 1);
        connect(button, &QPushButton::clicked, this, [this, pageId = thing.pageId, tab = thing.tab] {
            emit dismissed();
            emit goTo(pageId, tab);
        });
    }

    auto *hint = new QLabel(tr("Hover over a Braze term such as “alias-only profile” or “subscription group” to see what it means. "
                               "F1 opens the user guide at the page you are on."),
                            this);
    hint->setWordWrap(true);
    auto *guide = new QPushButton(tr("Open the &user guide"), this);
    guide->setObjectName(QStringLiteral("startGuide"));
    connect(guide, &QPushButton::clicked, this, &StartHerePage::userGuideRequested);
    auto *dismiss = new QPushButton(tr("&Dismiss"), this);
    dismiss->setObjectName(QStringLiteral("startDismiss"));
    dismiss->setToolTip(tr("Close this page; it will not open at start again. Help › Start here brings it back."));
    connect(dismiss, &QPushButton::clicked, this, &StartHerePage::dismissed);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(guide);
    buttons->addStretch(1);
    buttons->addWidget(dismiss);

    // Lines a reader can follow: the page's text keeps to a column however wide the window is.
    auto *column = new QWidget(this);
    column->setMaximumWidth(fontMetrics().averageCharWidth() * 110);
    auto *outer = new QHBoxLayout(this);
    outer->setContentsMargins(24, 12, 24, 12);
    outer->addWidget(column, 1);
    outer->addStretch(0);
    auto *layout = new QVBoxLayout(column);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(title);
    layout->addWidget(intro);
    layout->addSpacing(8);
    layout->addLayout(grid);
    layout->addSpacing(8);
    layout->addWidget(hint);
    layout->addLayout(buttons);
    layout->addStretch(1);
}
