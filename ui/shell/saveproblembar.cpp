#include "shell/saveproblembar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>

SaveProblemBar::SaveProblemBar(QWidget *parent)
    : QFrame(parent)
    , m_message(new QLabel(this))
    , m_retry(new QPushButton(tr("&Retry"), this))
{
    setObjectName(QStringLiteral("saveProblemBar"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::ToolTipBase);   // stands out in light and dark palettes alike
    auto *icon = new QLabel(this);
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(size, size));
    m_message->setObjectName(QStringLiteral("saveProblem"));
    m_message->setWordWrap(true);
    m_message->setForegroundRole(QPalette::ToolTipText);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_retry->setObjectName(QStringLiteral("retrySave"));
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(icon, 0, Qt::AlignTop);
    layout->addWidget(m_message, 1);
    layout->addWidget(m_retry, 0, Qt::AlignTop);
    connect(m_retry, &QPushButton::clicked, this, &SaveProblemBar::retryRequested);
    hide();
}

void SaveProblemBar::showProblem(const QString &message)
{
    m_message->setText(message);
    setAccessibleDescription(message);
    show();
}
