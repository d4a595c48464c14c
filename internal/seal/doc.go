// Package seal is sealpost's envelope encryption: it keeps protected health
// information (PHI) encrypted at rest and makes crypto-shredding possible.
//
// The key hierarchy has three levels, all of them tink keysets:
//
//   - the root key, a tink AEAD keyset obtained from a [KeySource] (the
//     key file [KeyFile] by default; an external KMS such as Vault/OpenBao
//     transit later);
//   - per tenant, [TenantKeys]: a KEK keyset (AES256-GCM) that wraps data
//     keys and a MAC keyset (HMAC-SHA256) for keyed fingerprints, both stored
//     in the database encrypted by the root key and bound to the tenant id;
//   - per object (a message, a recipient identity), a fresh data key: a
//     one-key AES256-GCM keyset stored wrapped by the tenant KEK and bound
//     to tenant and owner;
//   - per attachment (owner "attachment/<id>"), a fresh stream key instead:
//     a one-key tink streaming AEAD keyset (AES256-GCM-HKDF, 1 MiB
//     segments), wrapped and bound the same way.
//
// Field ciphertexts are sealed by the object's [DataKey] with associated
// data binding them to tenant, owner and field, so a ciphertext copied to
// another row, another field or another tenant does not open ([ErrDecrypt]).
// Attachment contents stream through a [StreamKey]'s EncryptWriter and
// DecryptReader with the same binding; a stream that is truncated,
// reordered, tampered with or moved fails from Read, never as short
// plaintext.
//
// A [Sealer] is the hot-path entry point: it unwraps tenant keys on demand,
// caches the primitives and creates, opens and re-wraps data keys and
// stream keys.
// Shredding an object is done by the store deleting its wrapped data key;
// without it the field ciphertexts can no longer be opened.
//
// Errors never carry plaintext or key bytes.
package seal
