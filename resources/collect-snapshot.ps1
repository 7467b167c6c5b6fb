<#
.SYNOPSIS
    Saves this server's certificate stores, Schannel settings and HTTP.sys bindings as a CertMend snapshot folder,
    with stock Windows tools only (Export-Certificate, reg export, netsh). Nothing is installed or changed.
.DESCRIPTION
    Run in an elevated PowerShell ("Run as administrator": reading HKLM\SYSTEM and the HTTP.sys configuration needs
    it). Writes <OutputFolder>\manifest.json, stores\<Store>\<origin>\<SHA1>.cer (origin = registry, grouppolicy or
    enterprise: the physical store the certificate sits in), schannel.reg and sslcert.txt. Zip the folder and send
    it to the helpdesk; CertMend opens it with "Open a snapshot folder" or `certmend-cli scan <folder>`.
.EXAMPLE
    powershell -ExecutionPolicy Bypass -File collect-snapshot.ps1 -OutputFolder C:\Temp\WEB01-snapshot
#>
param(
    [Parameter(Mandatory = $true)][string]$OutputFolder,
    [string]$Description = "",
    [string[]]$Stores = @('Root', 'AuthRoot', 'CA', 'ClientAuthIssuer', 'My', 'Disallowed', 'TrustedPeople',
                          'TrustedPublisher', 'WebHosting')
)
Set-StrictMode -Version 2
$ErrorActionPreference = 'Stop'

# The physical stores of a LocalMachine logical store, as registry keys (DOMAIN.md section 4).
$Origins = [ordered]@{
    'registry'    = 'HKLM:\SOFTWARE\Microsoft\SystemCertificates'
    'grouppolicy' = 'HKLM:\SOFTWARE\Policies\Microsoft\SystemCertificates'
    'enterprise'  = 'HKLM:\SOFTWARE\Microsoft\EnterpriseCertificates'
}

# The DER bytes inside a registry "Blob" value (serialized properties; CERT_CERT_PROP_ID = 32 holds the
# certificate): used when the logical store does not show a certificate Export-Certificate could take.
function Get-DerFromBlob([byte[]]$Blob) {
    $offset = 0
    while ($offset + 12 -le $Blob.Length) {
        $id = [BitConverter]::ToUInt32($Blob, $offset)
        $length = [BitConverter]::ToUInt32($Blob, $offset + 8)
        if ($id -eq 32) { return [byte[]]$Blob[($offset + 12)..($offset + 11 + $length)] }
        $offset += 12 + $length
    }
    return $null
}

New-Item -ItemType Directory -Force -Path $OutputFolder | Out-Null
$storesFolder = Join-Path $OutputFolder 'stores'
New-Item -ItemType Directory -Force -Path $storesFolder | Out-Null

# The binding's CTL stores (sslctlstorename) are part of what CertMend checks: collect them too.
$sslcertPath = Join-Path $OutputFolder 'sslcert.txt'
$netsh = & netsh http show sslcert
$netsh | Out-File -FilePath $sslcertPath -Encoding Unicode
foreach ($line in $netsh) {
    if ($line -match '^\s*Ctl Store Name\s*:\s*(.+?)\s*$' -and $Matches[1] -ne '(null)' -and $Stores -notcontains $Matches[1]) {
        $Stores += $Matches[1]
    }
}

$count = 0
foreach ($store in $Stores) {
    foreach ($origin in $Origins.Keys) {
        $key = Join-Path (Join-Path $Origins[$origin] $store) 'Certificates'
        if (-not (Test-Path $key)) { continue }
        $target = Join-Path (Join-Path $storesFolder $store) $origin
        foreach ($item in Get-ChildItem -Path $key) {
            $thumbprint = $item.PSChildName.ToUpperInvariant()
            New-Item -ItemType Directory -Force -Path $target | Out-Null
            $file = Join-Path $target "$thumbprint.cer"
            $cert = Get-Item -Path "Cert:\LocalMachine\$store\$thumbprint" -ErrorAction SilentlyContinue
            if ($cert) {
                Export-Certificate -Cert $cert -FilePath $file -Type CERT | Out-Null
            } else {
                $der = Get-DerFromBlob ((Get-ItemProperty -Path $item.PSPath -Name Blob).Blob)
                if ($der) { [IO.File]::WriteAllBytes($file, $der) } else { Write-Warning "$store\$origin\$thumbprint: no certificate in its Blob" ; continue }
            }
            $count++
        }
    }
}

& reg export 'HKLM\SYSTEM\CurrentControlSet\Control\SecurityProviders\SCHANNEL' (Join-Path $OutputFolder 'schannel.reg') /y | Out-Null

$version = [Environment]::OSVersion.Version
$product = (Get-ItemProperty 'HKLM:\SOFTWARE\Microsoft\Windows NT\CurrentVersion').ProductName
$manifest = [ordered]@{
    format         = 'certmend-snapshot'
    formatVersion  = 1
    hostName       = $env:COMPUTERNAME
    windowsVersion = "$($version.Major).$($version.Minor).$($version.Build)"
    productName    = $product
    capturedUtc    = (Get-Date).ToUniversalTime().ToString('yyyy-MM-ddTHH:mm:ssZ')
    description    = $Description
}
# UTF-8 without BOM, as the snapshot format expects.
[IO.File]::WriteAllText((Join-Path $OutputFolder 'manifest.json'), ($manifest | ConvertTo-Json),
                        (New-Object System.Text.UTF8Encoding($false)))
Write-Host "CertMend snapshot written to $OutputFolder ($count certificates)."
