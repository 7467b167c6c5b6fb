#pragma once

#include "util/Error.h"

#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/x509.h>

#include <memory>

namespace certmend {

template <auto FreeFn> struct OpenSslDeleter
{
    template <typename T> void operator()(T* p) const { FreeFn(p); }
};

using X509Ptr = std::unique_ptr<X509, OpenSslDeleter<X509_free>>;
using EvpPkeyPtr = std::unique_ptr<EVP_PKEY, OpenSslDeleter<EVP_PKEY_free>>;
using BioPtr = std::unique_ptr<BIO, OpenSslDeleter<BIO_free_all>>;
using X509NamePtr = std::unique_ptr<X509_NAME, OpenSslDeleter<X509_NAME_free>>;

/// Empties OpenSSL's thread-local error queue into one line of text ("" when it was empty).
QString drainOpenSslErrors();

} // namespace certmend
