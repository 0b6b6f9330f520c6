#include "CheckChainView.h"

#include "RemoteText.h"
#include "StatusIcon.h"

#include <QGridLayout>
#include <QLabel>
#include <QVBoxLayout>

CheckChainView::CheckChainView(const QString &serverName, QWidget *parent)
    : QGroupBox(serverName, parent)
    , m_findings(new QLabel)
{
    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(8);
    grid->setVerticalSpacing(4);
    grid->setColumnStretch(1, 1);
    int row = 0;
    for (ConnectionCheck check : ConnectionChecks::all()) {
        Row r{new QLabel, new QLabel(ConnectionChecks::title(check)), new QLabel};
        r.icon->setFixedSize(18, 18);
        r.detail->setWordWrap(true);
        r.detail->setTextFormat(Qt::PlainText);
        r.detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
        r.detail->setStyleSheet(QStringLiteral("color: #666666;"));
        grid->addWidget(r.icon, row, 0, Qt::AlignTop);
        grid->addWidget(r.title, row, 1);
        grid->addWidget(r.detail, row + 1, 1);
        row += 2;
        m_rows << r;
    }
    m_findings->setWordWrap(true);
    m_findings->setTextFormat(Qt::RichText);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(grid);
    layout->addSpacing(6);
    layout->addWidget(m_findings);
    layout->addStretch();
    reset();
}

void CheckChainView::reset()
{
    for (ConnectionCheck check : ConnectionChecks::all())
        setCheck(check, CheckStatus::Pending, QString());
    m_findings->clear();
    m_findings->hide();
}

void CheckChainView::setCheck(ConnectionCheck check, CheckStatus status, const QString &detail)
{
    Row &row = m_rows[static_cast<int>(check)];
    row.status = status;
    row.icon->setPixmap(StatusIcon::forCheck(status).pixmap(16, 16));
    const bool notChecked = status == CheckStatus::NotChecked;
    row.icon->setToolTip(notChecked ? tr("Not checked: this is not a pass. The line below says "
                                         "why it could not be checked yet.")
                                    : QString());
    // A check that could not be made says so in words, not only with its icon.
    const QString shown = RemoteText::printable(detail); // may quote the server
    row.detail->setText(notChecked ? tr("Not checked: %1").arg(shown) : shown);
    row.detail->setVisible(!detail.isEmpty() || notChecked);
    QString color = QStringLiteral("color: #666666;");
    if (status == CheckStatus::Failed)
        color = QStringLiteral("color: #c0392b;");
    else if (notChecked)
        color = QStringLiteral("color: #8a5a00;");
    row.detail->setStyleSheet(color);
    QFont font = row.title->font();
    font.setBold(status == CheckStatus::Running || status == CheckStatus::NeedsDecision);
    row.title->setFont(font);
    row.title->setEnabled(status != CheckStatus::Skipped);
}

void CheckChainView::setFindings(const QList<ReadinessFinding> &findings)
{
    QString html;
    for (const ReadinessFinding &finding : findings) {
        const QString color =
            finding.isProblem() ? QStringLiteral("#c0392b") : QStringLiteral("#555555");
        html += QStringLiteral("<li style=\"color:%1\">%2</li>")
                    .arg(color, RemoteText::printable(finding.message).toHtmlEscaped());
    }
    if (html.isEmpty()) {
        m_findings->hide();
        return;
    }
    m_findings->setText(tr("<b>Noted:</b>") + QStringLiteral("<ul style=\"margin-left:-20px\">") +
                        html + QStringLiteral("</ul>"));
    m_findings->show();
}

CheckStatus CheckChainView::status(ConnectionCheck check) const
{
    return m_rows.at(static_cast<int>(check)).status;
}

QString CheckChainView::detail(ConnectionCheck check) const
{
    return m_rows.at(static_cast<int>(check)).detail->text();
}
