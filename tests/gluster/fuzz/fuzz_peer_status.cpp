// libFuzzer target: PeerStatusParser (peer status and pool list) never crashes; every peer has
// a uuid or a hostname.
#include "FuzzInput.h"

#include "gluster/PeerStatusParser.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto result = PeerStatusParser::parse(fuzzInput(data, size));
    if (!result.ok()) {
        fuzzRequire(!result.errorString().isEmpty());
        fuzzRequire(result.value.isEmpty());
        return 0;
    }
    for (const GlusterPeer &peer : result.value) {
        fuzzRequire(!peer.uuid.isEmpty() || !peer.hostname.isEmpty());
        fuzzRequire(peer.hostname.isEmpty() || peer.isKnownAs(peer.hostname));
    }
    return 0;
}
