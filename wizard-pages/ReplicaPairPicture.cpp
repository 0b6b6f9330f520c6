#include "ReplicaPairPicture.h"

#include "StatusIcon.h"

#include <QPainter>
#include <QPainterPath>

ReplicaPairPicture::ReplicaPairPicture(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void ReplicaPairPicture::setPair(const QList<Server> &servers, const QString &volume,
                                 const QString &mountPath, bool replicating)
{
    m_servers = servers;
    m_volume = volume;
    m_mountPath = mountPath;
    m_replicating = replicating;
    update();
}

void ReplicaPairPicture::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    const int count = static_cast<int>(m_servers.size());
    if (count == 0)
        return;
    const qreal boxWidth = qMin<qreal>(250, (width() - 140) / qMax(count, 1));
    const qreal boxHeight = 112;
    const qreal gap = count > 1 ? (width() - count * boxWidth) / (count + 1) : 0;
    const qreal top = 8;
    const QColor line = m_replicating ? StatusIcon::color(StatusIcon::Kind::Passed)
                                      : StatusIcon::color(StatusIcon::Kind::Failed);
    QList<QRectF> boxes;
    for (int i = 0; i < count; ++i)
        boxes << QRectF(gap + i * (boxWidth + gap), top, boxWidth, boxHeight);

    // Replication between neighbours, over the private network.
    for (int i = 0; i + 1 < count; ++i) {
        const QPointF from(boxes.at(i).right(), boxes.at(i).top() + 74);
        const QPointF to(boxes.at(i + 1).left(), boxes.at(i + 1).top() + 74);
        p.setPen(QPen(line, 2.5, m_replicating ? Qt::SolidLine : Qt::DashLine));
        p.drawLine(from, to);
        for (const QPointF &tip : {from, to}) {
            const qreal dir = tip == from ? 1 : -1;
            QPainterPath arrow;
            arrow.moveTo(tip);
            arrow.lineTo(tip + QPointF(dir * 9, -5));
            arrow.lineTo(tip + QPointF(dir * 9, 5));
            arrow.closeSubpath();
            p.fillPath(arrow, line);
        }
        p.setPen(pal.color(QPalette::WindowText));
        QFont small = font();
        small.setPointSizeF(small.pointSizeF() * 0.85);
        p.setFont(small);
        p.drawText(QRectF(from.x(), from.y() - 22, to.x() - from.x(), 18), Qt::AlignCenter,
                   tr("replica"));
    }

    for (int i = 0; i < count; ++i) {
        const Server &server = m_servers.at(i);
        const QRectF box = boxes.at(i);
        p.setPen(QPen(pal.color(QPalette::Mid), 1));
        p.setBrush(pal.color(QPalette::Base));
        p.drawRoundedRect(box, 6, 6);
        const QRectF header(box.left(), box.top(), box.width(), 26);
        QPainterPath headerPath;
        headerPath.addRoundedRect(header, 6, 6);
        p.fillPath(headerPath, pal.color(QPalette::Highlight).lighter(175));
        QFont bold = font();
        bold.setBold(true);
        p.setFont(bold);
        p.setPen(pal.color(QPalette::WindowText));
        const QRectF iconRect(header.left() + 6, header.top() + 5, 16, 16);
        p.drawPixmap(iconRect.toRect(), StatusIcon::icon(server.healthy ? StatusIcon::Kind::Passed
                                                                        : StatusIcon::Kind::Failed)
                                            .pixmap(16, 16));
        p.drawText(header.adjusted(28, 0, -6, 0), Qt::AlignVCenter | Qt::AlignLeft, server.name);
        p.setFont(font());
        QFontMetrics metrics(font());
        const qreal x = box.left() + 10;
        const qreal w = box.width() - 20;
        p.drawText(
            QRectF(x, box.top() + 32, w, 18), Qt::AlignLeft | Qt::AlignVCenter,
            metrics.elidedText(tr("web: %1").arg(server.publicAddress), Qt::ElideRight, int(w)));
        p.drawText(QRectF(x, box.top() + 52, w, 18), Qt::AlignLeft | Qt::AlignVCenter,
                   metrics.elidedText(tr("mount: %1").arg(m_mountPath), Qt::ElideRight, int(w)));
        // The brick as a small disk.
        const QRectF disk(x, box.top() + 76, 16, 22);
        p.setPen(QPen(pal.color(QPalette::Dark), 1));
        p.setBrush(pal.color(QPalette::Button));
        p.drawRect(disk.adjusted(0, 3, 0, -3));
        p.drawEllipse(QRectF(disk.left(), disk.top(), disk.width(), 6));
        p.drawEllipse(QRectF(disk.left(), disk.bottom() - 6, disk.width(), 6));
        p.setPen(pal.color(QPalette::WindowText));
        p.drawText(QRectF(x + 22, box.top() + 76, w - 22, 22), Qt::AlignLeft | Qt::AlignVCenter,
                   metrics.elidedText(server.brick, Qt::ElideMiddle, int(w - 22)));
    }
    QFont bold = font();
    bold.setBold(true);
    p.setFont(bold);
    p.setPen(pal.color(QPalette::WindowText));
    p.drawText(QRectF(0, top + boxHeight + 10, width(), 22), Qt::AlignCenter,
               tr("volume %1, one brick on each server").arg(m_volume));
}
