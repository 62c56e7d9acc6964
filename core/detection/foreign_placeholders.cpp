#include "detection/foreign_placeholders.h"
#include "detection/byte_alphabet.h"
#include "detection/entities.h"


namespace permitted {
namespace {

// In the one-byte alphabet; \pL stands for any letter. The forms that begin alike are ordered
// from the most specific, since RE2 takes the first alternative that matches at a place.
const char *const kForeignForms =
    R"(\$\{\s*[\pL_][\pL\pN_.]*\s*\})"                    // ${order.order_id}
    R"(|\[\[\s*[\pL_][\pL\pN_ .-]*\]\])"                  // [[order-id]]
    R"(|\{\{\s*\$[\pL_][\pL\pN_.]*\s*\}\})"               // {{ $orderNumber }}
    R"(|\{\{\s*[\pL_][\pL\pN_]*(?:\.[\pL\pN_]+)+\s*\}\})" // {{ order.id }}
    R"(|\{\$[\pL_][\pL\pN_]*\})"                          // {$OrderId}
    R"(|<%=?\s*[\pL_][\pL\pN_.]*\s*%>)"                   // <%= order %>
    R"(|%%[\pL_][\pL\pN_.-]*%%)"                          // %%buyer_first_name%%
    R"(|%[\pL_][\pL\pN_.-]*%)"                            // %order-id%
    R"(|#[\pL_][\pL\pN_.-]*#)"                            // #ORDER_ID#
    R"(|\*\|[\pL_][\pL\pN_]*\|\*)"                        // *|FNAME|*
    R"(|\[\*[\pL_][\pL\pN_ .-]*\*\])"                     // [*REFERENCE*]
    R"(|\{[\pL_][\pL\pN_.-]*\})"                          // {lead_firstname}
    R"(|\b[xX]{3}-[xX]{7}-[xX]{7}\b)"                       // XXX-XXXXXXX-XXXXXXX: an order ID to fill
    R"(|\b[xX]{3,}\b)"                                      // xxx: a blank to fill
    R"(|\[[\pL][\pL\pN_ .'-]{0,40}\])";                   // [Order ID] (body only)

// "orderNumber", "Order ID", "order-id" -> "order_number", "order_id", "order_id".
QString normalisedName(QStringView inner)
{
    QString out;
    QChar previous;
    for (QChar c : inner) {
        if (c.isLetterOrNumber()) {
            if (c.isUpper() && previous.isLower())
                out += u'_';
            out += c.toLower();
        } else if (!out.isEmpty() && !out.endsWith(u'_')) {
            out += u'_';
        }
        previous = c;
    }
    while (out.endsWith(u'_'))
        out.chop(1);
    return out;
}

} // namespace

std::vector<Placeholder> findForeignPlaceholders(const TextView &view, const std::vector<Placeholder> &ours,
                                                 bool squareBrackets)
{
    std::vector<Placeholder> out;
    const std::string_view bytes = view.bytes();
    // Every form has one of these characters, or three x's in a row: most texts are skipped at once.
    auto hasXRun = [&] {
        int run = 0;
        for (const char c : bytes)
            if ((run = (c == 'x' || c == 'X') ? run + 1 : 0) == 3)
                return true;
        return false;
    };
    if (bytes.find_first_of("${[%<#*") == std::string_view::npos && !hasXRun())
        return out;
    static const std::unique_ptr<RE2> forms = compileForBytes(kForeignForms);
    re2::StringPiece match;
    size_t pos = 0;
    while (pos < bytes.size()
           && forms->Match(re2::StringPiece(bytes.data(), bytes.size()), pos, bytes.size(), RE2::UNANCHORED, &match, 1)) {
        const int start = int(match.data() - bytes.data());
        const Range range{start, start + int(match.size())};
        pos = size_t(range.end);
        const bool square = bytes[size_t(start)] == '[' && bytes[size_t(start) + 1] != '[' && bytes[size_t(start) + 1] != '*';
        if (square && !squareBrackets)
            continue;
        if (std::any_of(ours.begin(), ours.end(), [&](const Placeholder &p) { return p.range.overlaps(range); }))
            continue;
        const QString name = normalisedName(view.slice(range));
        if (name.isEmpty())
            continue;
        out.push_back({range, name, true});
    }
    return out;
}

QString ourPlaceholderFor(const QString &name)
{
    auto has = [&](std::initializer_list<const char *> words) {
        return std::any_of(words.begin(), words.end(), [&](const char *w) { return name.contains(QLatin1String(w)); });
    };
    if (name == QLatin1String("xxx_xxxxxxx_xxxxxxx"))
        return QStringLiteral("order_id");   // XXX-XXXXXXX-XXXXXXX, the shape of an order ID
    const bool date = has({"date", "datum", "fecha", "data"});
    if (has({"tracking", "sendungsnummer", "suivi", "seguimiento", "tracciamento"}))
        return has({"url", "link", "lien", "enlace"}) ? QStringLiteral("tracking_url") : QStringLiteral("tracking_number");
    if (has({"carrier", "courier", "transporteur", "versand_dienst", "transportista", "corriere"}))
        return QStringLiteral("carrier");
    if (has({"seller", "shop", "store", "company", "verkaeufer", "verkäufer", "vendeur", "boutique", "vendedor", "tienda", "venditore", "negozio"}))
        return QStringLiteral("seller_name");
    if (has({"order", "bestell", "auftrag", "commande", "pedido", "ordine", "orden"}))
        return date ? QStringLiteral("order_date") : QStringLiteral("order_id");
    if (has({"ship", "versand", "expedition", "envio", "spedizione"}) && date)
        return QStringLiteral("ship_date");
    if (has({"delivery", "liefer", "livraison", "entrega", "consegna"}) && date)
        return QStringLiteral("delivery_date");
    if (has({"product", "item", "title", "asin", "artikel", "produit", "producto", "prodotto", "articolo"}))
        return QStringLiteral("product_name");
    if (has({"buyer", "customer", "client", "kunde", "name", "fname", "first", "nom", "nombre", "nome", "utente"}))
        return QStringLiteral("buyer_name");
    return {};
}

} // namespace permitted
