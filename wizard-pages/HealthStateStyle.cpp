#include "HealthStateStyle.h"

#include "StatusIcon.h"

#include <QHash>
#include <QPainter>
#include <QPixmap>

namespace {
// Warn and Unknown need marks of their own: StatusIcon's "?" means a decision is waiting.
QPixmap drawMark(HealthCheck::State state, int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(HealthStateStyle::color(state));
    p.drawEllipse(QRectF(1, 1, size - 2, size - 2));
    QFont font = p.font();
    font.setBold(true);
    font.setPixelSize(int(size * 0.72));
    p.setFont(font);
    p.setPen(Qt::white);
    p.drawText(QRectF(0, 0, size, size), Qt::AlignCenter,
               state == HealthCheck::State::Warn ? QStringLiteral("!") : QStringLiteral("?"));
    return pixmap;
}
} // namespace

QColor HealthStateStyle::color(HealthCheck::State state)
{
    switch (state) {
    case HealthCheck::State::Ok:
        return StatusIcon::color(StatusIcon::Kind::Passed);
    case HealthCheck::State::Warn:
        return StatusIcon::color(StatusIcon::Kind::Waiting);
    case HealthCheck::State::Fail:
        return StatusIcon::color(StatusIcon::Kind::Failed);
    case HealthCheck::State::Unknown:
        return QColor(0x80, 0x86, 0x8b);
    }
    return Qt::gray;
}

QColor HealthStateStyle::tint(HealthCheck::State state)
{
    switch (state) {
    case HealthCheck::State::Ok:
        return QColor(0xe6, 0xf4, 0xea);
    case HealthCheck::State::Warn:
        return QColor(0xfe, 0xf3, 0xd9);
    case HealthCheck::State::Fail:
        return QColor(0xfc, 0xe4, 0xe2);
    case HealthCheck::State::Unknown:
        return QColor(0xee, 0xef, 0xf1);
    }
    return Qt::white;
}

QIcon HealthStateStyle::icon(HealthCheck::State state)
{
    if (state == HealthCheck::State::Ok)
        return StatusIcon::icon(StatusIcon::Kind::Passed);
    if (state == HealthCheck::State::Fail)
        return StatusIcon::icon(StatusIcon::Kind::Failed);
    static QHash<int, QIcon> cache;
    const int key = static_cast<int>(state);
    if (!cache.contains(key)) {
        QIcon icon;
        for (int size : {16, 24, 32, 48})
            icon.addPixmap(drawMark(state, size));
        cache.insert(key, icon);
    }
    return cache.value(key);
}

QString HealthStateStyle::label(HealthCheck::State state)
{
    switch (state) {
    case HealthCheck::State::Ok:
        return tr("ok");
    case HealthCheck::State::Warn:
        return tr("warning");
    case HealthCheck::State::Fail:
        return tr("failed");
    case HealthCheck::State::Unknown:
        return tr("not known");
    }
    return QString();
}

HealthCheck::State HealthStateStyle::stateOf(HealthReport::Overall overall)
{
    switch (overall) {
    case HealthReport::Overall::Healthy:
        return HealthCheck::State::Ok;
    case HealthReport::Overall::Degraded:
        return HealthCheck::State::Warn;
    case HealthReport::Overall::Broken:
        return HealthCheck::State::Fail;
    }
    return HealthCheck::State::Unknown;
}
