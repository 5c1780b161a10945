#include "shell/preferencesdialog.h"

#include "config/appsettings.h"
#include "style/appearance.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QMessageBox>
#include <QVBoxLayout>

using namespace Config;

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent)
    , m_language(new QComboBox(this))
    , m_appearance(new QComboBox(this))
    , m_keepRequestLog(new QCheckBox(tr("&Keep the request log between runs"), this))
{
    setWindowTitle(tr("Preferences"));
    m_language->setObjectName(QStringLiteral("language"));
    m_language->addItem(tr("Same as the system"), QString());
    // Each language is named in itself, so a user who cannot read the current one finds theirs.
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_language->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    m_language->setCurrentIndex(std::max(0, m_language->findData(AppSettings().language())));

    m_appearance->setObjectName(QStringLiteral("appearance"));
    m_appearance->addItem(tr("Same as the system", "appearance"), QString());
    m_appearance->addItem(tr("Light"), QStringLiteral("light"));
    m_appearance->addItem(tr("Dark"), QStringLiteral("dark"));
    m_appearance->setCurrentIndex(std::max(0, m_appearance->findData(AppSettings().appearance())));

    auto *form = new QFormLayout;
    form->addRow(tr("&Language:"), m_language);
    form->addRow(tr("&Appearance:"), m_appearance);
    m_keepRequestLog->setObjectName(QStringLiteral("keepRequestLog"));
    m_keepRequestLog->setChecked(AppSettings().keepRequestLog());
    m_keepRequestLog->setToolTip(tr("Stored in the console's data folder without API keys or partner secrets, up to a few megabytes; "
                                    "the oldest requests are dropped first. Turning it off deletes the stored log."));
    form->addRow(m_keepRequestLog);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PreferencesDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

void PreferencesDialog::accept()
{
    AppSettings settings;
    settings.setLanguage(m_language->currentData().toString());
    settings.setAppearance(m_appearance->currentData().toString());
    settings.setKeepRequestLog(m_keepRequestLog->isChecked());
    if (const QString problem = settings.saveProblem(); !problem.isEmpty()) {
        QMessageBox::warning(this, windowTitle(), problem);
        return;   // the dialog stays open with the choice, so OK can be tried again
    }
    Appearance::apply(settings.appearance());
    QDialog::accept();
}
