#include "HostKeyDialog.h"

#include "connect/ConnectionPrompts.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

HostKeyDialog::HostKeyDialog(const HostKeyPrompt &prompt, QWidget *parent)
    : QDialog(parent)
    , m_serverIndex(prompt.server)
    , m_fingerprint(prompt.fingerprint)
{
    const QString &serverName = prompt.serverName;
    const QString &hostAndPort = prompt.hostAndPort;
    setWindowTitle(tr("Unknown host key of %1").arg(serverName));
    setWindowModality(Qt::WindowModal);

    auto *icon = new QLabel;
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxQuestion).pixmap(40, 40));
    auto *heading = new QLabel(tr("<b>%1 (%2) is not in your known hosts yet.</b>")
                                   .arg(serverName.toHtmlEscaped(), hostAndPort.toHtmlEscaped()));
    heading->setWordWrap(true);
    auto *explain = new QLabel(
        tr("Compare this fingerprint with the one the server shows for its own key (for example "
           "on its console). Trust it only if they are the same: the key is then recorded, and "
           "a different key later is refused."));
    explain->setWordWrap(true);
    auto *type = new QLabel(tr("%1 key fingerprint:").arg(prompt.keyType));
    auto *fingerprint = new QLabel(m_fingerprint);
    fingerprint->setObjectName(QStringLiteral("fingerprint"));
    fingerprint->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    fingerprint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    fingerprint->setStyleSheet(
        QStringLiteral("padding: 6px; border: 1px solid palette(mid); border-radius: 3px;"));

    auto *buttons = new QDialogButtonBox;
    QPushButton *trust =
        buttons->addButton(tr("&Trust and remember"), QDialogButtonBox::AcceptRole);
    trust->setObjectName(QStringLiteral("trust"));
    QPushButton *refuse = buttons->addButton(tr("&Refuse"), QDialogButtonBox::RejectRole);
    refuse->setObjectName(QStringLiteral("refuse"));
    refuse->setDefault(true); // the safe answer is the one Enter gives
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *text = new QVBoxLayout;
    text->addWidget(heading);
    text->addWidget(explain);
    text->addSpacing(6);
    text->addWidget(type);
    text->addWidget(fingerprint);
    auto *top = new QHBoxLayout;
    top->addWidget(icon, 0, Qt::AlignTop);
    top->addLayout(text, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addSpacing(6);
    layout->addWidget(buttons);
    resize(520, sizeHint().height());
}
