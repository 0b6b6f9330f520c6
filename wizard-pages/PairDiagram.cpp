#include "PairDiagram.h"

#include "HealthStateStyle.h"

#include <QFontDatabase>
#include <QPainter>
#include <QPainterPath>

namespace {
constexpr qreal Margin = 8;
constexpr qreal HeaderHeight = 32;
constexpr qreal LineHeight = 19;
constexpr qreal CardWidth = 290;
constexpr qreal IconSize = 14;

QFont scaled(const QFont &base, qreal factor, bool bold = false)
{
    QFont font = base;
    font.setPointSizeF(base.pointSizeF() * factor);
    font.setBold(bold);
    return font;
}
} // namespace

PairDiagram::PairDiagram(QWidget *parent)
    : QWidget(parent)
    , m_placeholder(tr("No health report yet: press Check now."))
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void PairDiagram::setPlaceholderText(const QString &text)
{
    m_placeholder = text;
    update();
}

void PairDiagram::setHealCountsShown(bool shown)
{
    m_healCountsShown = shown;
    updateGeometry();
    update();
}

void PairDiagram::setSummary(const HealthPairSummary &summary)
{
    m_summary = summary;
    m_hasSummary = true;
    updateGeometry();
    update();
}

void PairDiagram::clear()
{
    m_summary = HealthPairSummary();
    m_hasSummary = false;
    updateGeometry();
    update();
}

qreal PairDiagram::cardHeight() const
{
    qsizetype lines = 0;
    for (const HealthPairSummary::Server &server : m_summary.servers)
        lines = qMax(lines, server.lines.size());
    // Tall enough for the link's texts (and pills) beside it even when a card has one line.
    return HeaderHeight + 8 + qMax<qsizetype>(lines, m_healCountsShown ? 6 : 4) * LineHeight + 6;
}

QSize PairDiagram::sizeHint() const
{
    // Before the first summary: the dashboard's old fixed height, or (without heal counts) the
    // height of the picture to come, so that the page does not jump or grow the window.
    if (!m_hasSummary && m_healCountsShown)
        return {900, 300};
    const int files = int(qMin<qsizetype>(m_summary.splitBrainFiles.size(), MaxFilesShown + 1));
    const int rows = 1 + (m_summary.replication.text.isEmpty() ? 0 : 1) + (files > 0 ? 1 : 0);
    return {900, int(Margin + cardHeight() + 16 + rows * LineHeight + files * 18 + Margin)};
}

QSize PairDiagram::minimumSizeHint() const
{
    return {640, qMin(300, sizeHint().height())};
}

QList<QRectF> PairDiagram::cardRects() const
{
    const int count = int(m_summary.servers.size());
    QList<QRectF> rects;
    if (count == 0)
        return rects;
    const qreal width = qMin(CardWidth, (this->width() - 2 * Margin - (count - 1) * 160.0) / count);
    const qreal gap = count > 1 ? (this->width() - 2 * Margin - count * width) / (count - 1) : 0;
    const qreal left = count > 1 ? Margin : (this->width() - width) / 2;
    for (int i = 0; i < count; ++i)
        rects.append(QRectF(left + i * (width + gap), Margin, width, cardHeight()));
    return rects;
}

void PairDiagram::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    if (!m_hasSummary) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.setFont(scaled(font(), 1.1));
        p.drawText(rect(), Qt::AlignCenter, m_placeholder);
        return;
    }
    const QList<QRectF> cards = cardRects();
    for (int i = 0; i + 1 < cards.size(); ++i)
        drawLink(p, cards.at(i), cards.at(i + 1));
    for (int i = 0; i < cards.size(); ++i)
        drawCard(p, cards.at(i), m_summary.servers.at(i));
    drawFooter(p, Margin + cardHeight() + 14);
}

void PairDiagram::drawCard(QPainter &p, const QRectF &box,
                           const HealthPairSummary::Server &server) const
{
    const QPalette pal = palette();
    const QColor accent = HealthStateStyle::color(server.state);
    // A soft shadow lifts the card off the page.
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(0, 0, 0, 22));
    p.drawRoundedRect(box.translated(0, 2), 8, 8);
    p.setBrush(pal.color(QPalette::Base));
    p.setPen(QPen(accent.lighter(130), 1.2));
    p.drawRoundedRect(box, 8, 8);

    QPainterPath header;
    header.addRoundedRect(QRectF(box.left(), box.top(), box.width(), HeaderHeight + 8), 8, 8);
    QPainterPath clip;
    clip.addRect(QRectF(box.left(), box.top(), box.width(), HeaderHeight));
    p.fillPath(header.intersected(clip), HealthStateStyle::tint(server.state));
    p.fillRect(QRectF(box.left() + 1, box.top() + HeaderHeight - 2, box.width() - 2, 2), accent);

    const QRectF iconRect(box.left() + 10, box.top() + (HeaderHeight - 20) / 2, 20, 20);
    p.drawPixmap(iconRect.toRect(), HealthStateStyle::icon(server.state).pixmap(20, 20));
    p.setPen(pal.color(QPalette::WindowText));
    p.setFont(scaled(font(), 1.15, true));
    const QRectF title(iconRect.right() + 8, box.top(), box.width() - 48, HeaderHeight - 2);
    p.drawText(title, Qt::AlignVCenter | Qt::AlignLeft, server.name);
    if (!server.address.isEmpty()) {
        p.setFont(scaled(font(), 0.9));
        p.setPen(pal.color(QPalette::PlaceholderText));
        p.drawText(title.adjusted(0, 0, -4, 0), Qt::AlignVCenter | Qt::AlignRight, server.address);
    }

    const qreal labelWidth = 78;
    qreal y = box.top() + HeaderHeight + 8;
    const QFontMetricsF metrics(font());
    for (const HealthPairSummary::Line &line : server.lines) {
        const QRectF row(box.left() + 12, y, box.width() - 24, LineHeight);
        p.setFont(font());
        p.setPen(pal.color(QPalette::PlaceholderText));
        p.drawText(QRectF(row.left(), row.top(), labelWidth, row.height()),
                   Qt::AlignVCenter | Qt::AlignLeft, line.label);
        const QRectF mark(row.left() + labelWidth, row.center().y() - IconSize / 2, IconSize,
                          IconSize);
        p.drawPixmap(mark.toRect(), HealthStateStyle::icon(line.state).pixmap(int(IconSize)));
        const qreal textLeft = mark.right() + 6;
        p.setPen(line.state == HealthCheck::State::Ok ? pal.color(QPalette::WindowText)
                                                      : HealthStateStyle::color(line.state));
        p.drawText(QRectF(textLeft, row.top(), row.right() - textLeft, row.height()),
                   Qt::AlignVCenter | Qt::AlignLeft,
                   metrics.elidedText(line.text, Qt::ElideRight, row.right() - textLeft));
        y += LineHeight;
    }
}

void PairDiagram::drawPill(QPainter &p, const QRectF &rect, const QString &text,
                           HealthCheck::State state) const
{
    p.setPen(QPen(HealthStateStyle::color(state), 1));
    p.setBrush(HealthStateStyle::tint(state));
    p.drawRoundedRect(rect, rect.height() / 2, rect.height() / 2);
    p.setPen(HealthStateStyle::color(state).darker(150));
    p.setFont(scaled(font(), 0.9, true));
    p.drawText(rect, Qt::AlignCenter, text);
}

void PairDiagram::drawLink(QPainter &p, const QRectF &left, const QRectF &right) const
{
    const QColor color = HealthStateStyle::color(m_summary.linkState);
    const qreal y = left.top() + HeaderHeight + (left.height() - HeaderHeight) / 2 - 12;
    const QPointF from(left.right() + 2, y);
    const QPointF to(right.left() - 2, y);
    const bool ok = m_summary.linkState == HealthCheck::State::Ok;
    p.setPen(QPen(color, 3, ok ? Qt::SolidLine : Qt::DashLine, Qt::RoundCap));
    p.drawLine(from, to);
    for (const QPointF &tip : {from, to}) {
        const qreal direction = tip == from ? 1 : -1;
        QPainterPath arrow;
        arrow.moveTo(tip);
        arrow.lineTo(tip + QPointF(direction * 10, -6));
        arrow.lineTo(tip + QPointF(direction * 10, 6));
        arrow.closeSubpath();
        p.fillPath(arrow, color);
    }
    const QRectF span(from.x() + 12, left.top(), to.x() - from.x() - 24, left.height());
    // Above the line: what the peers say of each other.
    p.setPen(palette().color(QPalette::WindowText));
    p.setFont(scaled(font(), 0.95, true));
    p.drawText(QRectF(span.left(), y - 28, span.width(), 20), Qt::AlignCenter,
               tr("private network"));
    p.setFont(scaled(font(), 0.9));
    p.setPen(ok ? palette().color(QPalette::PlaceholderText) : color);
    p.drawText(QRectF(span.left(), y - 62, span.width(), 34),
               Qt::AlignHCenter | Qt::AlignBottom | Qt::TextWordWrap, m_summary.linkText);
    // Below: what waits to be healed, and what cannot be.
    if (!m_healCountsShown)
        return;
    const qreal pillWidth = qMin<qreal>(span.width(), 150);
    const QString heal = m_summary.healPending < 0
                             ? tr("heal: not known")
                             : tr("%n to heal", nullptr, m_summary.healPending);
    drawPill(p, QRectF(span.center().x() - pillWidth / 2, y + 14, pillWidth, 22), heal,
             m_summary.healState);
    const QString split = m_summary.splitBrainCount < 0
                              ? tr("split-brain: not known")
                              : tr("%n in split-brain", nullptr, m_summary.splitBrainCount);
    drawPill(p, QRectF(span.center().x() - pillWidth / 2, y + 42, pillWidth, 22), split,
             m_summary.splitBrainState);
}

void PairDiagram::drawFooter(QPainter &p, qreal top) const
{
    const QPalette pal = palette();
    const QFontMetricsF metrics(font());
    qreal y = top;
    const qreal left = Margin + 4;
    const qreal width = this->width() - 2 * Margin - 8;
    const auto row = [&](const HealthPairSummary::Line &line, const QString &name) {
        p.drawPixmap(QRectF(left, y + (LineHeight - IconSize) / 2, IconSize, IconSize).toRect(),
                     HealthStateStyle::icon(line.state).pixmap(int(IconSize)));
        p.setFont(scaled(font(), 1.0, true));
        p.setPen(pal.color(QPalette::WindowText));
        const qreal nameWidth = QFontMetricsF(p.font()).horizontalAdvance(name) + 10;
        p.drawText(QRectF(left + IconSize + 6, y, nameWidth, LineHeight),
                   Qt::AlignVCenter | Qt::AlignLeft, name);
        p.setFont(font());
        const qreal textLeft = left + IconSize + 6 + nameWidth;
        p.drawText(QRectF(textLeft, y, width - textLeft, LineHeight),
                   Qt::AlignVCenter | Qt::AlignLeft,
                   metrics.elidedText(line.text, Qt::ElideRight, width - textLeft));
        y += LineHeight;
    };
    row(m_summary.volumeLine, tr("Volume %1").arg(m_summary.volume));
    if (!m_summary.replication.text.isEmpty())
        row(m_summary.replication, m_summary.replication.label);
    if (m_summary.splitBrainFiles.isEmpty())
        return;
    // The files that cannot be read until someone picks the copy that wins.
    HealthPairSummary::Line split;
    split.state = HealthCheck::State::Fail;
    split.text = tr("choose the copy that wins for each file (select it below for the command)");
    row(split, tr("Split-brain"));
    const QColor red = HealthStateStyle::color(HealthCheck::State::Fail);
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setPointSizeF(font().pointSizeF() * 0.95);
    const qreal indent = left + IconSize + 6;
    const qsizetype shown = qMin<qsizetype>(m_summary.splitBrainFiles.size(), MaxFilesShown);
    for (qsizetype i = 0; i < shown; ++i) {
        p.setPen(red);
        p.setBrush(red);
        p.drawEllipse(QPointF(indent + 4, y + 9), 2.5, 2.5);
        p.setFont(mono);
        p.drawText(QRectF(indent + 14, y, width - indent, 18), Qt::AlignVCenter | Qt::AlignLeft,
                   QFontMetricsF(mono).elidedText(m_summary.splitBrainFiles.at(i), Qt::ElideMiddle,
                                                  width - indent - 14));
        y += 18;
    }
    if (m_summary.splitBrainFiles.size() > shown) {
        p.setFont(font());
        p.setPen(red);
        p.drawText(QRectF(indent + 14, y, width - indent, 18), Qt::AlignVCenter | Qt::AlignLeft,
                   tr("and %n more", nullptr, int(m_summary.splitBrainFiles.size() - shown)));
    }
}
