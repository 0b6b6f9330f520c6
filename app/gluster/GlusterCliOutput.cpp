#include "gluster/GlusterCliOutput.h"

#include <QCoreApplication>
#include <QXmlStreamReader>

#include <vector>

namespace {
// gluster sometimes prints a warning line before the XML; the document starts at its
// declaration or root element.
qsizetype xmlStart(const QByteArray &output)
{
    const qsizetype declaration = output.indexOf("<?xml");
    if (declaration >= 0)
        return declaration;
    return output.indexOf("<cliOutput");
}

GlusterResult<GlusterXmlElement> readTree(const QByteArray &xml)
{
    GlusterResult<GlusterXmlElement> result;
    QXmlStreamReader reader(xml);
    // Path of open elements; each holds its children until it closes and moves into its parent.
    std::vector<GlusterXmlElement> open;
    bool haveRoot = false;
    int elementCount = 0;

    while (!reader.atEnd()) {
        const QXmlStreamReader::TokenType token = reader.readNext();
        if (token == QXmlStreamReader::StartElement) {
            if (haveRoot && open.empty()) {
                result.failure = GlusterFailure::malformed(
                    QCoreApplication::translate("GlusterCliOutput", "more than one root element"));
                return result;
            }
            if (static_cast<int>(open.size()) >= GlusterCliOutput::MaxDepth ||
                ++elementCount > GlusterCliOutput::MaxElements) {
                result.failure = GlusterFailure::malformed(
                    QCoreApplication::translate("GlusterCliOutput", "document too large"));
                return result;
            }
            GlusterXmlElement element;
            element.name = reader.name().toString();
            const QXmlStreamAttributes attributes = reader.attributes();
            for (const QXmlStreamAttribute &attribute : attributes)
                element.attributes.append(
                    {attribute.name().toString(), attribute.value().toString()});
            open.push_back(std::move(element));
        } else if (token == QXmlStreamReader::Characters && !open.empty()) {
            open.back().text += reader.text();
        } else if (token == QXmlStreamReader::EndElement && !open.empty()) {
            GlusterXmlElement done = std::move(open.back());
            open.pop_back();
            if (open.empty()) {
                result.value = std::move(done);
                haveRoot = true;
            } else {
                open.back().children.push_back(std::move(done));
            }
        }
    }
    if (reader.hasError()) {
        const QString why =
            reader.error() == QXmlStreamReader::PrematureEndOfDocumentError
                ? QCoreApplication::translate("GlusterCliOutput", "the output ends too early")
                : QCoreApplication::translate("GlusterCliOutput", "line %1, column %2: %3")
                      .arg(reader.lineNumber())
                      .arg(reader.columnNumber())
                      .arg(reader.errorString());
        result.value = GlusterXmlElement();
        result.failure = GlusterFailure::malformed(why);
        return result;
    }
    if (!haveRoot) {
        result.failure = GlusterFailure::malformed(
            QCoreApplication::translate("GlusterCliOutput", "no XML element found"));
    }
    return result;
}
} // namespace

GlusterResult<GlusterXmlElement> GlusterCliOutput::parse(const QByteArray &output)
{
    GlusterResult<GlusterXmlElement> result;
    const qsizetype start = xmlStart(output);
    if (start < 0) {
        result.failure = GlusterFailure::fromPlainText(QString::fromUtf8(output));
        return result;
    }
    result = readTree(start == 0 ? output : output.mid(start));
    if (!result.ok())
        return result;
    if (result.value.name != QLatin1String("cliOutput")) {
        result.failure = GlusterFailure::malformed(
            QCoreApplication::translate("GlusterCliOutput", "the root element is <%1>, not "
                                                            "<cliOutput>")
                .arg(result.value.name.left(64)));
        result.value = GlusterXmlElement();
        return result;
    }
    int opRet = 0;
    if (result.value.child(QStringLiteral("opRet")) &&
        !toInt(result.value.childText(QStringLiteral("opRet")), &opRet)) {
        result.failure = GlusterFailure::malformed(
            QCoreApplication::translate("GlusterCliOutput", "<opRet> is not a number"));
        return result;
    }
    if (opRet != 0) {
        int opErrno = 0;
        toInt(result.value.childText(QStringLiteral("opErrno")), &opErrno);
        result.failure = GlusterFailure::commandFailed(
            opRet, opErrno, result.value.childText(QStringLiteral("opErrstr")));
    }
    return result;
}

bool GlusterCliOutput::toInt(const QString &text, int *value)
{
    bool ok = false;
    const int parsed = text.trimmed().toInt(&ok);
    if (ok && value)
        *value = parsed;
    return ok;
}
