package io.drachtio.sip.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The digest math against published test vectors (RFC 2069, RFC 2617 §3.5, RFC 7616 §3.9.1), the
 * recorded drachtio-srf answer of the uac-invite-auth trace, and values computed independently
 * (Python's hashlib) for the variants no RFC shows.
 */
class DigestResponseTest {

    private static final String NONCE_2617 = "dcd98b7102dd2f0e8b11d0f600bfb0c093";
    private static final String NONCE_7616 = "7ypf/xlj9XXwfDPEoM4URrv/xwf94BcCAzFZH4GiTo0v";
    private static final String CNONCE_7616 = "f2/wE4q74E6zIJEtWaHKaf5wv/H5QzzpXusqGemxURZJ";

    @Test
    void rfc2617Md5WithQopAuth() {
        String secret = DigestResponse.secretHash(DigestAlgorithm.MD5, "Mufasa", "testrealm@host.com",
                "Circle Of Life");
        assertThat(DigestResponse.compute(DigestAlgorithm.MD5, secret, NONCE_2617, "00000001", "0a4f113b", "auth",
                "GET", "/dir/index.html", null)).isEqualTo("6629fae49393a05397450978507c4ef1");
    }

    @Test
    void rfc2069WithoutQop() {
        // the RFC's printed value (e966c932…) is a known erratum; this is the corrected one
        String secret = DigestResponse.secretHash(DigestAlgorithm.MD5, "Mufasa", "testrealm@host.com", "CircleOfLife");
        assertThat(DigestResponse.compute(DigestAlgorithm.MD5, secret, NONCE_2617, null, null, null, "GET",
                "/dir/index.html", null)).isEqualTo("1949323746fe6a43ef61f9606e7febea");
    }

    @Test
    void rfc7616Md5AndSha256() {
        String md5 = DigestResponse.secretHash(DigestAlgorithm.MD5, "Mufasa", "http-auth@example.org",
                "Circle of Life");
        assertThat(DigestResponse.compute(DigestAlgorithm.MD5, md5, NONCE_7616, "00000001", CNONCE_7616, "auth",
                "GET", "/dir/index.html", null)).isEqualTo("8ca523f5e9506fed4657c9700eebdbec");
        String sha = DigestResponse.secretHash(DigestAlgorithm.SHA_256, "Mufasa", "http-auth@example.org",
                "Circle of Life");
        assertThat(DigestResponse.compute(DigestAlgorithm.SHA_256, sha, NONCE_7616, "00000001", CNONCE_7616, "auth",
                "GET", "/dir/index.html", null))
                .isEqualTo("753927fa0e85d155564e2e272a28d1802ca10daf4496794697cf8db5856cb6c1");
    }

    @Test
    void theRecordedDrachtioSrfAnswer() {
        // ../shared/fixtures/wire/uac-invite-auth.jsonl: alice/s3cret answering a 407
        String secret = DigestResponse.secretHash(DigestAlgorithm.MD5, "alice", "example.com", "s3cret");
        assertThat(DigestResponse.compute(DigestAlgorithm.MD5, secret, NONCE_2617, "00000001", "563ae168", "auth",
                "INVITE", "sip:1000@127.0.0.1:5170", null)).isEqualTo("48948cdbf208e631782a060e31b76d5e");
    }

    @Test
    void sessionVariants() {
        assertThat(sess(DigestAlgorithm.MD5_SESS)).isEqualTo("8e3825c57e897f5a0dec6c2d4e5059d0");
        assertThat(sess(DigestAlgorithm.SHA_256_SESS))
                .isEqualTo("b8822e12417cb7750f4e2b8515f0dcf25b7dd26993e80bee1426201446a7f59b");
        assertThat(sess(DigestAlgorithm.SHA_512_256_SESS))
                .isEqualTo("0d21f0db3ec5cda5b850c0afa3bc29b4a3c5a6191959ff1baf511d4b38eb6b1e");
    }

    private static String sess(DigestAlgorithm algorithm) {
        String secret = DigestResponse.secretHash(algorithm, "Mufasa", "testrealm@host.com", "Circle Of Life");
        return DigestResponse.compute(algorithm, secret, NONCE_2617, "00000001", "0a4f113b", "auth", "GET",
                "/dir/index.html", null);
    }

    @Test
    void authIntHashesTheBody() {
        String secret = DigestResponse.secretHash(DigestAlgorithm.MD5, "Mufasa", "testrealm@host.com",
                "Circle Of Life");
        assertThat(DigestResponse.compute(DigestAlgorithm.MD5, secret, NONCE_2617, "00000001", "0a4f113b",
                "auth-int", "INVITE", "sip:bob@example.com", "v=0\r\n".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("6a6e449f512a9f3e11597febd92718ea");
    }

    @Test
    void refusesWhatItCannotCompute() {
        assertThatThrownBy(() -> DigestResponse.compute(DigestAlgorithm.MD5, "x", "n", "00000001", null, "auth",
                "GET", "/", null)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cnonce");
        assertThatThrownBy(() -> DigestResponse.compute(DigestAlgorithm.MD5, "x", "n", "00000001", "c", "auth-conf",
                "GET", "/", null)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("auth-conf");
    }

    @Test
    void algorithmNames() {
        assertThat(DigestAlgorithm.fromWireName(null)).isEqualTo(DigestAlgorithm.MD5);
        assertThat(DigestAlgorithm.fromWireName("md5-SESS")).isEqualTo(DigestAlgorithm.MD5_SESS);
        assertThat(DigestAlgorithm.fromWireName("SHA-512-256")).isEqualTo(DigestAlgorithm.SHA_512_256);
        assertThat(DigestAlgorithm.fromWireName("AKAv1-MD5")).isNull();
    }
}
