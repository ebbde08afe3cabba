namespace OutcomesBot.Fakes;

/// <summary>The PEM files of the certificate Azurite serves https with (see <see cref="AzuriteServer"/>).</summary>
public sealed record AzuriteTls(string CertificatePemPath, string KeyPemPath);
