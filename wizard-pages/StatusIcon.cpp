#include "StatusIcon.h"

#include <QHash>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace {
QPixmap draw(StatusIcon::Kind kind, int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    const QColor color = StatusIcon::color(kind);
    const QRectF box(1, 1, size - 2, size - 2);
    using Kind = StatusIcon::Kind;
    if (kind == Kind::Pending || kind == Kind::Skipped) {
        p.setPen(QPen(color, size / 10.0));
        p.setBrush(Qt::NoBrush);
        p.drawEllipse(box.adjusted(size / 10.0, size / 10.0, -size / 10.0, -size / 10.0));
        if (kind == Kind::Skipped)
            p.drawLine(QPointF(size * 0.32, size * 0.5), QPointF(size * 0.68, size * 0.5));
        return pixmap;
    }
    p.setPen(Qt::NoPen);
    p.setBrush(color);
    p.drawEllipse(box);
    QPen mark(Qt::white, size / 8.0, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    p.setPen(mark);
    p.setBrush(Qt::NoBrush);
    switch (kind) {
    case Kind::Passed: {
        QPainterPath tick;
        tick.moveTo(size * 0.28, size * 0.52);
        tick.lineTo(size * 0.44, size * 0.68);
        tick.lineTo(size * 0.72, size * 0.36);
        p.drawPath(tick);
        break;
    }
    case Kind::Failed:
        p.drawLine(QPointF(size * 0.34, size * 0.34), QPointF(size * 0.66, size * 0.66));
        p.drawLine(QPointF(size * 0.66, size * 0.34), QPointF(size * 0.34, size * 0.66));
        break;
    case Kind::NotChecked:
        p.drawEllipse(QPointF(size * 0.5, size * 0.5), size * 0.2, size * 0.2);
        break;
    case Kind::Running:
        p.setPen(Qt::NoPen);
        p.setBrush(Qt::white);
        p.drawEllipse(QPointF(size * 0.5, size * 0.5), size * 0.16, size * 0.16);
        break;
    case Kind::Waiting: {
        QFont font = p.font();
        font.setBold(true);
        font.setPixelSize(int(size * 0.7));
        p.setFont(font);
        p.drawText(box, Qt::AlignCenter, QStringLiteral("?"));
        break;
    }
    default:
        break;
    }
    return pixmap;
}
} // namespace

QColor StatusIcon::color(Kind kind)
{
    switch (kind) {
    case Kind::Passed:
        return QColor(0x2e, 0x9d, 0x4f);
    case Kind::Failed:
        return QColor(0xd0, 0x36, 0x2f);
    case Kind::Running:
        return QColor(0x2f, 0x6f, 0xd0);
    case Kind::Waiting:
        return QColor(0xe0, 0x8e, 0x0b);
    case Kind::NotChecked:
        return QColor(0x5d, 0x6d, 0x7e);
    case Kind::Pending:
    case Kind::Skipped:
        return QColor(0x9a, 0xa0, 0xa6);
    }
    return Qt::gray;
}

QIcon StatusIcon::icon(Kind kind)
{
    static QHash<int, QIcon> cache;
    const int key = static_cast<int>(kind);
    auto it = cache.find(key);
    if (it != cache.end())
        return it.value();
    QIcon icon;
    for (int size : {16, 24, 32, 48})
        icon.addPixmap(draw(kind, size));
    cache.insert(key, icon);
    return icon;
}

QIcon StatusIcon::forCheck(CheckStatus status)
{
    switch (status) {
    case CheckStatus::Pending:
        return icon(Kind::Pending);
    case CheckStatus::Running:
        return icon(Kind::Running);
    case CheckStatus::NeedsDecision:
        return icon(Kind::Waiting);
    case CheckStatus::Passed:
        return icon(Kind::Passed);
    case CheckStatus::Failed:
        return icon(Kind::Failed);
    case CheckStatus::Skipped:
        return icon(Kind::Skipped);
    case CheckStatus::NotChecked:
        return icon(Kind::NotChecked);
    }
    return {};
}

StatusIcon::Kind StatusIcon::kindOf(StepState state)
{
    switch (state) {
    case StepState::Pending:
        return Kind::Pending;
    case StepState::Checking:
    case StepState::Applying:
    case StepState::Verifying:
        return Kind::Running;
    case StepState::AlreadyDone:
    case StepState::Done:
    case StepState::Verified:
        return Kind::Passed;
    case StepState::Failed:
        return Kind::Failed;
    case StepState::Cancelled:
    case StepState::NotRun:
        return Kind::Skipped;
    }
    return Kind::Pending;
}

QIcon StatusIcon::forStep(StepState state)
{
    return icon(kindOf(state));
}
