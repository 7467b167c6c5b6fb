#!/usr/bin/env bash
# Generates the training scenarios under resources/scenarios/<id>/ (snapshot folders + scenario.json).
# Needs bash, the openssl CLI (3.0 or later) and iconv. Names, serials and validity dates are fixed; keys and
# signatures are new on every run, so thumbprints change: re-run only when a scenario must change, then commit
# the output (private keys are never written to the output folder).
#
#   scripts/make-scenarios.sh [output-folder]     (default: resources/scenarios)
set -euo pipefail

ROOT_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
OUT=${1:-$ROOT_DIR/resources/scenarios}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

# openssl 3.0's x509/req have no -not_before/-not_after; `openssl ca` takes fixed dates.
START=20250101000000Z
END=20550101000000Z
CAPTURED=2026-11-21T10:00:00Z
IIS_APPID='{4dc3e181-e14b-4a21-b022-59fc669b0914}'

PKI=$WORK/pki
CADIR=$WORK/ca
mkdir -p "$PKI" "$CADIR/new"

cat >"$WORK/ca.cnf" <<EOF
[ ca ]
default_ca = cm
[ cm ]
database = $CADIR/index.txt
serial = $CADIR/serial
new_certs_dir = $CADIR/new
default_md = sha256
policy = pol
unique_subject = no
email_in_dn = no
[ pol ]
commonName = supplied
[ v3_root ]
basicConstraints = critical,CA:TRUE
keyUsage = critical,keyCertSign,cRLSign
subjectKeyIdentifier = hash
[ v3_link ]
basicConstraints = critical,CA:TRUE
keyUsage = critical,keyCertSign,cRLSign
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid:always
[ v3_ca ]
basicConstraints = critical,CA:TRUE,pathlen:0
keyUsage = critical,keyCertSign,cRLSign,digitalSignature
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid:always
[ v3_server ]
basicConstraints = critical,CA:FALSE
keyUsage = critical,digitalSignature,keyEncipherment
extendedKeyUsage = serverAuth
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid:always
subjectAltName = \${ENV::CM_SAN}
[ v3_client ]
basicConstraints = critical,CA:FALSE
keyUsage = critical,digitalSignature
extendedKeyUsage = clientAuth
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid:always
subjectAltName = \${ENV::CM_SAN}
EOF
export CM_SAN=DNS:unused.invalid

die() {
    echo "make-scenarios: $*" >&2
    exit 1
}

# key <name> ec|rsa : a new private key in $PKI/<name>.key (kept in the temporary folder only)
key() {
    case $2 in
    ec) openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out "$PKI/$1.key" 2>/dev/null ;;
    rsa) openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$PKI/$1.key" 2>/dev/null ;;
    *) die "unknown key type $2" ;;
    esac
}

# sign <name> <subject> <signer|self> <extensions> <serial-hex> [key-of-name]
# Issues $PKI/<name>.der. The signer is another certificate's name; "self" self-signs.
# The optional last argument reuses another certificate's key (for the key-rollover link).
sign() {
    local name=$1 subj=$2 signer=$3 ext=$4 serial=$5 keyname=${6:-$1}
    [[ -f $PKI/$keyname.key ]] || die "no key for $keyname"
    openssl req -new -key "$PKI/$keyname.key" -subj "$subj" -utf8 -out "$PKI/$name.csr"
    : >"$CADIR/index.txt"
    echo "$serial" >"$CADIR/serial"
    if [[ $signer == self ]]; then
        openssl ca -config "$WORK/ca.cnf" -batch -notext -preserveDN -utf8 -selfsign -keyfile "$PKI/$keyname.key" \
            -in "$PKI/$name.csr" -startdate $START -enddate $END -extensions "$ext" -out "$PKI/$name.pem" 2>/dev/null
    else
        openssl ca -config "$WORK/ca.cnf" -batch -notext -preserveDN -utf8 -cert "$PKI/$signer.pem" \
            -keyfile "$PKI/$signer.key" -in "$PKI/$name.csr" -startdate $START -enddate $END -extensions "$ext" \
            -out "$PKI/$name.pem" 2>/dev/null
    fi
    openssl x509 -in "$PKI/$name.pem" -outform DER -out "$PKI/$name.der"
}

sha1() {
    openssl x509 -inform DER -in "$PKI/$1.der" -noout -fingerprint -sha1 | sed 's/.*=//; s/://g' | tr 'a-f' 'A-F'
}

# put <scenario> <store> <origin> <name...> : copies certificates into stores/<store>/<origin>/<SHA1>.cer
put() {
    local scn=$1 store=$2 origin=$3
    shift 3
    mkdir -p "$OUT/$scn/stores/$store/$origin"
    for name in "$@"; do
        cp "$PKI/$name.der" "$OUT/$scn/stores/$store/$origin/$(sha1 "$name").cer"
    done
}

# client <scenario> <name...> : client certificates a user would present (not part of the machine; for the story)
client() {
    local scn=$1
    shift
    mkdir -p "$OUT/$scn/clients"
    for name in "$@"; do cp "$PKI/$name.der" "$OUT/$scn/clients/$name.cer"; done
}

# manifest <scenario> <host> <version> <product> <description>
manifest() {
    cat >"$OUT/$1/manifest.json" <<EOF
{
    "format": "certmend-snapshot",
    "formatVersion": 1,
    "hostName": "$2",
    "windowsVersion": "$3",
    "productName": "$4",
    "capturedUtc": "$CAPTURED",
    "description": "$5"
}
EOF
}

# schannel <scenario> [value-line...] : a `reg export` of the SCHANNEL key as regedit writes it (UTF-16LE, BOM, CRLF)
schannel() {
    local scn=$1
    shift
    local base='HKEY_LOCAL_MACHINE\SYSTEM\CurrentControlSet\Control\SecurityProviders\SCHANNEL'
    {
        printf 'Windows Registry Editor Version 5.00\r\n\r\n'
        printf '[%s]\r\n' "$base"
        printf '"EventLogging"=dword:00000001\r\n'
        for line in "$@"; do printf '%s\r\n' "$line"; done
        printf '\r\n'
        for sub in Ciphers CipherSuites Hashes KeyExchangeAlgorithms Protocols 'Protocols\SSL 2.0' \
            'Protocols\SSL 2.0\Client'; do
            printf '[%s\\%s]\r\n' "$base" "$sub"
            [[ $sub == 'Protocols\SSL 2.0\Client' ]] && printf '"DisabledByDefault"=dword:00000001\r\n'
            printf '\r\n'
        done
    } | iconv -f UTF-8 -t UTF-16LE >"$WORK/reg.body"
    { printf '\xff\xfe'; cat "$WORK/reg.body"; } >"$OUT/$scn/schannel.reg"
}

# binding <kind> <endpoint> <cert-name> <ctl-store> <negotiate> : one `netsh http show sslcert` block (Server 2019 labels)
binding() {
    local hash
    hash=$(sha1 "$3" | tr 'A-F' 'a-f')
    printf '    %-28s : %s\r\n' "$1" "$2"
    printf '    Certificate Hash             : %s\r\n' "$hash"
    printf '    Application ID               : %s\r\n' "$IIS_APPID"
    printf '    Certificate Store Name       : My\r\n'
    printf '    Verify Client Certificate Revocation : Enabled\r\n'
    printf '    Verify Revocation Using Cached Client Certificate Only : Disabled\r\n'
    printf '    Usage Check                  : Enabled\r\n'
    printf '    Revocation Freshness Time    : 0\r\n'
    printf '    URL Retrieval Timeout        : 0\r\n'
    printf '    Ctl Identifier               : (null)\r\n'
    printf '    Ctl Store Name               : %s\r\n' "$4"
    printf '    DS Mapper Usage              : Disabled\r\n'
    printf '    Negotiate Client Certificate : %s\r\n' "$5"
    printf '    Reject Connections           : Disabled\r\n'
    printf '    Disable HTTP2                : Not Set\r\n'
    printf '    Disable QUIC                 : Not Set\r\n'
    printf '    Disable TLS1.2               : Not Set\r\n'
    printf '    Disable TLS1.3               : Not Set\r\n'
    printf '    Disable OCSP Stapling        : Not Set\r\n'
    printf '    Enable Token Binding         : Not Set\r\n'
    printf '    Log Extended Events          : Not Set\r\n'
    printf '    Disable Legacy TLS Versions  : Not Set\r\n'
    printf '    Enable Session Ticket        : Not Set\r\n'
    printf '\r\n'
}

# sslcert <scenario> : the header of `netsh http show sslcert > sslcert.txt`; blocks are appended with binding
sslcert_header() {
    printf '\r\nSSL Certificate bindings:\r\n-------------------------\r\n\r\n' >"$OUT/$1/sslcert.txt"
}

# --- the PKI shared by the scenarios -------------------------------------------------------------------------------
echo "make-scenarios: generating certificates in $WORK" >&2
key fabrikam-root rsa
sign fabrikam-root "/C=US/O=Fabrikam, Inc./CN=Fabrikam Root CA" self v3_root 0A01
key contoso-root ec
sign contoso-root "/C=US/O=Contoso Ltd/CN=Contoso Root CA 2019" self v3_root 0B01
key woodgrove-root rsa
sign woodgrove-root "/C=US/O=Woodgrove Bank/CN=Woodgrove Bank Root" self v3_root 0C01

key contoso-issuing ec
sign contoso-issuing "/C=US/O=Contoso Ltd/CN=Contoso Issuing CA 01" contoso-root v3_ca 0B02
key fabrikam-issuing ec
sign fabrikam-issuing "/C=US/O=Fabrikam, Inc./CN=Fabrikam Issuing CA 02" fabrikam-root v3_ca 0A02
key woodgrove-issuing ec
sign woodgrove-issuing "/C=US/O=Woodgrove Bank/CN=Woodgrove Bank Issuing CA" woodgrove-root v3_ca 0C02

key web01 ec
CM_SAN=DNS:web01.contoso.com sign web01 "/C=US/O=Contoso Ltd/CN=web01.contoso.com" contoso-issuing v3_server 0B10
key alice ec
CM_SAN=email:alice@fabrikam.com sign alice-fabrikam "/C=US/O=Fabrikam, Inc./CN=Alice Fabrikam" fabrikam-issuing \
    v3_client 0A10 alice

key northwind-root rsa
sign northwind-root "/C=GB/O=Northwind Traders/CN=Northwind Partner Root CA" self v3_root 0D01
key northwind-issuing ec
sign northwind-issuing "/C=GB/O=Northwind Traders/CN=Northwind Partner Issuing CA" northwind-root v3_ca 0D02
key bob ec
CM_SAN=email:bob@northwindtraders.com sign bob-northwind "/C=GB/O=Northwind Traders/CN=Bob Northwind" \
    northwind-issuing v3_client 0D10 bob

# Key rollover: the CA "Contoso Root CA" renewed with a new key. The link certificate carries the new key, is
# signed by the old key, and has subject = issuer: the name test calls it self-signed.
key contoso-old ec
sign contoso-old "/C=US/O=Contoso Ltd/CN=Contoso Root CA" self v3_root 0E01
key contoso-new ec
sign contoso-new "/C=US/O=Contoso Ltd/CN=Contoso Root CA" self v3_root 0E02
sign contoso-link "/C=US/O=Contoso Ltd/CN=Contoso Root CA" contoso-old v3_link 0E03 contoso-new
key intranet ec
CM_SAN=DNS:app01.contoso.com sign app01 "/C=US/O=Contoso Ltd/CN=app01.contoso.com" contoso-new v3_server 0E10 intranet

GENUINE_ROOTS=(fabrikam-root contoso-root woodgrove-root)
INTERMEDIATES=(fabrikam-issuing woodgrove-issuing)

SCENARIOS=(intermediate-in-root issuer-list-403-7 external-ca-trust-mode-2 healthy rollover-in-root issuer-list-over-16k
    group-policy-intermediate)
# scenario.json (the narrative) is written by hand and kept; everything else is regenerated.
for id in "${SCENARIOS[@]}"; do
    mkdir -p "$OUT/$id"
    rm -rf "${OUT:?}/$id/stores" "$OUT/$id/clients" "$OUT/$id/manifest.json" "$OUT/$id/schannel.reg" \
        "$OUT/$id/sslcert.txt"
done

# --- a. intermediate-in-root ---------------------------------------------------------------------------------------
s=intermediate-in-root
put $s Root registry "${GENUINE_ROOTS[@]}" contoso-issuing
put $s CA registry "${INTERMEDIATES[@]}"
put $s My registry web01
client $s alice-fabrikam
manifest $s WEB01 10.0.17763 "Windows Server 2019 Datacenter" "Training: an intermediate CA in Trusted Root"
schannel $s
sslcert_header $s
binding IP:port 0.0.0.0:443 web01 '(null)' Enabled >>"$OUT/$s/sslcert.txt"

# --- b. issuer-list-403-7 ------------------------------------------------------------------------------------------
s=issuer-list-403-7
put $s Root registry "${GENUINE_ROOTS[@]}" contoso-issuing
put $s CA registry "${INTERMEDIATES[@]}"
put $s My registry web01
client $s alice-fabrikam
manifest $s WEB02 10.0.17763 "Windows Server 2019 Datacenter" "Training: an intermediate in Root with SendTrustedIssuerList=1"
schannel $s '"SendTrustedIssuerList"=dword:00000001'
sslcert_header $s
binding IP:port 0.0.0.0:443 web01 '(null)' Enabled >>"$OUT/$s/sslcert.txt"

# --- c. external-ca-trust-mode-2 -----------------------------------------------------------------------------------
s=external-ca-trust-mode-2
put $s Root registry "${GENUINE_ROOTS[@]}"
put $s CA registry contoso-issuing "${INTERMEDIATES[@]}"
put $s ClientAuthIssuer registry northwind-issuing
put $s My registry web01
client $s bob-northwind
manifest $s PARTNERGW01 10.0.20348 "Windows Server 2022 Standard" \
    "Training: a partner CA trusted through ClientAuthTrustMode=2 and a binding CTL store"
schannel $s '"ClientAuthTrustMode"=dword:00000002'
sslcert_header $s
binding IP:port 0.0.0.0:443 web01 ClientAuthIssuer Enabled >>"$OUT/$s/sslcert.txt"

# --- d. healthy ----------------------------------------------------------------------------------------------------
s=healthy
put $s Root registry "${GENUINE_ROOTS[@]}"
put $s CA registry contoso-issuing "${INTERMEDIATES[@]}"
put $s My registry web01
client $s alice-fabrikam
manifest $s WEB03 10.0.17763 "Windows Server 2019 Datacenter" "Training: a machine with nothing wrong"
schannel $s
sslcert_header $s
{
    binding IP:port 0.0.0.0:443 web01 '(null)' Enabled
    binding Hostname:port web01.contoso.com:443 web01 '(null)' Enabled
} >>"$OUT/$s/sslcert.txt"

# --- e. rollover-in-root -------------------------------------------------------------------------------------------
s=rollover-in-root
put $s Root registry fabrikam-root woodgrove-root contoso-old contoso-new contoso-link
put $s CA registry "${INTERMEDIATES[@]}"
put $s My registry app01
client $s alice-fabrikam
manifest $s APP01 10.0.14393 "Windows Server 2016 Standard" "Training: a key-rollover link certificate in Root"
schannel $s
sslcert_header $s
binding IP:port 0.0.0.0:443 app01 '(null)' Enabled >>"$OUT/$s/sslcert.txt"

# --- f. issuer-list-over-16k ---------------------------------------------------------------------------------------
# Many roots with long names: the issuer list (subject DER + 2 bytes each) passes Schannel's 16 KB limit.
s=issuer-list-over-16k
COMPANIES=("Adatum Corporation" "Adventure Works Cycles" "Alpine Ski House" "Bellows College" "Coho Winery"
    "Consolidated Messenger" "Fourth Coffee" "Graphic Design Institute" "Humongous Insurance" "Lamna Healthcare"
    "Litware, Inc." "Lucerne Publishing" "Proseware, Inc." "Relecloud" "Southridge Video" "Tailspin Toys"
    "Trey Research")
REGIONS=("Washington:Redmond" "California:San Francisco" "New York:New York" "Texas:Austin" "Illinois:Chicago"
    "Massachusetts:Boston" "Colorado:Denver" "Georgia:Atlanta" "Oregon:Portland" "Florida:Miami")
FILLER=()
n=0
for region in "${REGIONS[@]}"; do
    for company in "${COMPANIES[@]}"; do
        n=$((n + 1))
        nn=$(printf '%03d' $n)
        name=filler-$nn
        key $name ec
        sign $name "/C=US/ST=${region%%:*}/L=${region##*:}/O=$company/OU=Certification Authority Operations Division/CN=$company Regional Trust Root $nn" \
            self v3_root "$(printf '1%03X' $n)"
        FILLER+=("$name")
    done
done
put $s Root registry "${GENUINE_ROOTS[@]}" "${FILLER[@]}"
put $s CA registry contoso-issuing "${INTERMEDIATES[@]}"
put $s My registry web01
client $s alice-fabrikam
manifest $s PORTAL01 10.0.17763 "Windows Server 2019 Datacenter" \
    "Training: a trusted issuers list larger than 16 KB, sent to clients"
schannel $s '"SendTrustedIssuerList"=dword:00000001'
sslcert_header $s
binding IP:port 0.0.0.0:443 web01 '(null)' Enabled >>"$OUT/$s/sslcert.txt"

# --- g. group-policy-intermediate ----------------------------------------------------------------------------------
s=group-policy-intermediate
put $s Root registry fabrikam-root woodgrove-root
put $s Root grouppolicy contoso-root contoso-issuing
put $s CA registry "${INTERMEDIATES[@]}"
put $s My registry web01
client $s alice-fabrikam
manifest $s INTRANET01 10.0.20348 "Windows Server 2022 Standard" \
    "Training: an intermediate CA deployed to Trusted Root by Group Policy"
schannel $s
sslcert_header $s
binding IP:port 0.0.0.0:443 web01 '(null)' Enabled >>"$OUT/$s/sslcert.txt"

for id in "${SCENARIOS[@]}"; do
    [[ -f $OUT/$id/scenario.json ]] || echo "make-scenarios: warning: $OUT/$id/scenario.json is missing (write it by hand)" >&2
done

echo "make-scenarios: wrote $(find "$OUT" -type f | wc -l) files, $(du -sk "$OUT" | cut -f1) KB to $OUT" >&2
