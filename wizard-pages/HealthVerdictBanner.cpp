#include "HealthVerdictBanner.h"

#include "HealthStateStyle.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

HealthVerdictBanner::HealthVerdictBanner(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel)
    , m_verdict(new QLabel)
    , m_summary(new QLabel)
    , m_when(new QLabel)
{
    setObjectName(QStringLiteral("healthVerdictBanner"));
    QFont big = m_verdict->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    m_verdict->setFont(big);
    m_summary->setWordWrap(true);
    m_when->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    auto *text = new QVBoxLayout;
    text->setSpacing(2);
    text->addWidget(m_verdict);
    text->addWidget(m_summary);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addLayout(text, 1);
    layout->addWidget(m_when, 0, Qt::AlignBottom);
    showMessage(tr("Not checked yet"), QString());
}

void HealthVerdictBanner::paintState(const QColor &accent, const QColor &tint)
{
    // A style sheet on this frame only (by object name): children keep the platform style.
    setStyleSheet(QStringLiteral("#healthVerdictBanner { background: %1; border: 1px solid %2;"
                                 " border-left: 6px solid %2; border-radius: 6px; }")
                      .arg(tint.name(), accent.name()));
    QPalette pal = m_verdict->palette();
    pal.setColor(QPalette::WindowText, accent.darker(115));
    m_verdict->setPalette(pal);
}

void HealthVerdictBanner::showReport(const HealthReport &report, qint64 elapsedMs)
{
    const HealthCheck::State state = HealthStateStyle::stateOf(report.overall());
    paintState(HealthStateStyle::color(state), HealthStateStyle::tint(state));
    m_icon->setPixmap(HealthStateStyle::icon(state).pixmap(32, 32));
    m_verdict->setText(HealthReport::overallTitle(report.overall()));
    m_summary->setText(report.summary());
    QString when;
    if (report.observedAt.isValid())
        when = tr("observed %1")
                   .arg(QLocale().toString(report.observedAt.toLocalTime(), QLocale::ShortFormat));
    if (elapsedMs >= 0)
        when +=
            QLatin1Char('\n') + tr("in %1 s").arg(QLocale().toString(elapsedMs / 1000.0, 'f', 1));
    m_when->setText(when);
}

void HealthVerdictBanner::showMessage(const QString &title, const QString &text)
{
    paintState(HealthStateStyle::color(HealthCheck::State::Unknown),
               HealthStateStyle::tint(HealthCheck::State::Unknown));
    m_icon->setPixmap(HealthStateStyle::icon(HealthCheck::State::Unknown).pixmap(32, 32));
    m_verdict->setText(title);
    m_summary->setText(text);
    m_when->clear();
}

QString HealthVerdictBanner::verdictText() const
{
    return m_verdict->text();
}
