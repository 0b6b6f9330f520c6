#include "spec/JsonFieldReader.h"

#include <QJsonArray>
#include <QJsonValue>

#include <cmath>

namespace {
// Keys that would hold a secret: the spec never stores one, whatever the key is called.
bool looksLikeSecret(const QString &key)
{
    const QString lower = key.toLower();
    for (const char *word : {"password", "passphrase", "secret", "token", "privatekey"}) {
        if (lower.contains(QLatin1String(word)))
            return true;
    }
    return false;
}
} // namespace

JsonFieldReader::JsonFieldReader(const QJsonObject &object, const QString &path,
                                 QStringList *errors, QStringList *warnings)
    : m_object(object)
    , m_path(path)
    , m_errors(errors)
    , m_warnings(warnings)
{}

QString JsonFieldReader::pathOf(const QString &key) const
{
    return m_path.isEmpty() ? key : m_path + QLatin1Char('.') + key;
}

bool JsonFieldReader::present(const QString &key, bool required)
{
    m_known.insert(key);
    if (m_object.contains(key) && !m_object.value(key).isNull())
        return true;
    if (required)
        error(tr("%1: this field is required.").arg(pathOf(key)));
    return false;
}

void JsonFieldReader::readString(const QString &key, QString *value, bool required)
{
    if (!present(key, required))
        return;
    const QJsonValue v = m_object.value(key);
    if (!v.isString()) {
        error(tr("%1: expected a text value.").arg(pathOf(key)));
        return;
    }
    *value = v.toString();
}

void JsonFieldReader::readInt(const QString &key, int *value, bool required)
{
    if (!present(key, required))
        return;
    const QJsonValue v = m_object.value(key);
    const double d = v.toDouble();
    if (!v.isDouble() || std::floor(d) != d || d < -2147483648.0 || d > 2147483647.0) {
        error(tr("%1: expected a whole number.").arg(pathOf(key)));
        return;
    }
    *value = static_cast<int>(d);
}

void JsonFieldReader::readBool(const QString &key, bool *value)
{
    if (!present(key, false))
        return;
    const QJsonValue v = m_object.value(key);
    if (!v.isBool()) {
        error(tr("%1: expected true or false.").arg(pathOf(key)));
        return;
    }
    *value = v.toBool();
}

QJsonObject JsonFieldReader::object(const QString &key, bool required)
{
    if (!present(key, required))
        return {};
    const QJsonValue v = m_object.value(key);
    if (!v.isObject()) {
        error(tr("%1: expected an object ({ ... }).").arg(pathOf(key)));
        return {};
    }
    return v.toObject();
}

QJsonArray JsonFieldReader::array(const QString &key, bool required)
{
    if (!present(key, required))
        return {};
    const QJsonValue v = m_object.value(key);
    if (!v.isArray()) {
        error(tr("%1: expected a list ([ ... ]).").arg(pathOf(key)));
        return {};
    }
    return v.toArray();
}

void JsonFieldReader::skip(const QString &key)
{
    m_known.insert(key);
}

void JsonFieldReader::finish()
{
    for (const QString &key : m_object.keys()) {
        if (m_known.contains(key))
            continue;
        if (looksLikeSecret(key)) {
            m_warnings->append(tr("%1: ignored; secrets are never read from or written to a spec "
                                  "file (use the keychain or --secret-file).")
                                   .arg(pathOf(key)));
        } else {
            m_warnings->append(tr("%1: unknown key, ignored.").arg(pathOf(key)));
        }
    }
}
