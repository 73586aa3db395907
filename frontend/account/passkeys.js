// Passkey ceremonies for the sign-in and account pages (account.views): the browser's WebAuthn calls against Spring
// Security's endpoints, as its own login script does. Each function answers {ok, status, message} for the view to
// show; a sign-in that succeeds goes to the address the server names. The CSRF header comes from the view, which
// read it from the session. Binary values travel as base64url, as Spring Security reads and writes them.

const base64url = {
  encode(buffer) {
    const text = btoa(String.fromCharCode(...new Uint8Array(buffer)));
    return text.replace(/=/g, '').replace(/\+/g, '-').replace(/\//g, '_');
  },
  decode(text) {
    const plain = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    return Uint8Array.from(plain, (c) => c.charCodeAt(0)).buffer;
  },
};

async function post(url, csrf, body) {
  return fetch(url, {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'Content-Type': 'application/json', [csrf.header]: csrf.token },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

async function failure(response) {
  let message = '';
  try {
    message = (await response.json()).message || '';
  } catch (notJson) {
    message = '';
  }
  return { ok: false, status: response.status, message, retryAfter: response.headers.get('Retry-After') };
}

function unsupported() {
  return !window.PublicKeyCredential || !navigator.credentials;
}

async function signIn(contextPath, csrf) {
  if (unsupported()) {
    return { ok: false, status: 0, message: 'unsupported' };
  }
  const optionsResponse = await post(`${contextPath}/webauthn/authenticate/options`, csrf);
  if (!optionsResponse.ok) {
    return failure(optionsResponse);
  }
  const options = await optionsResponse.json();
  let credential;
  try {
    credential = await navigator.credentials.get({
      publicKey: {
        ...options,
        challenge: base64url.decode(options.challenge),
        allowCredentials: (options.allowCredentials || []).map((c) => ({ ...c, id: base64url.decode(c.id) })),
      },
    });
  } catch (cancelled) {
    return { ok: false, status: 0, message: 'cancelled' };
  }
  const { response } = credential;
  const answer = await post(`${contextPath}/login/webauthn`, csrf, {
    id: credential.id,
    rawId: base64url.encode(credential.rawId),
    response: {
      authenticatorData: base64url.encode(response.authenticatorData),
      clientDataJSON: base64url.encode(response.clientDataJSON),
      signature: base64url.encode(response.signature),
      userHandle: response.userHandle ? base64url.encode(response.userHandle) : undefined,
    },
    credType: credential.type,
    clientExtensionResults: credential.getClientExtensionResults(),
    authenticatorAttachment: credential.authenticatorAttachment,
  });
  if (!answer.ok) {
    return failure(answer);
  }
  const result = await answer.json();
  if (!result.authenticated) {
    return { ok: false, status: answer.status, message: '' };
  }
  window.location.assign(result.redirectUrl);
  return { ok: true, status: answer.status, message: '' };
}

async function register(contextPath, csrf, label) {
  if (unsupported()) {
    return { ok: false, status: 0, message: 'unsupported' };
  }
  const optionsResponse = await post(`${contextPath}/webauthn/register/options`, csrf);
  if (!optionsResponse.ok) {
    return failure(optionsResponse);
  }
  const options = await optionsResponse.json();
  let credential;
  try {
    credential = await navigator.credentials.create({
      publicKey: {
        ...options,
        user: { ...options.user, id: base64url.decode(options.user.id) },
        challenge: base64url.decode(options.challenge),
        excludeCredentials: (options.excludeCredentials || []).map((c) => ({ ...c, id: base64url.decode(c.id) })),
      },
    });
  } catch (cancelled) {
    return { ok: false, status: 0, message: 'cancelled' };
  }
  const { response } = credential;
  const answer = await post(`${contextPath}/webauthn/register`, csrf, {
    publicKey: {
      credential: {
        id: credential.id,
        rawId: base64url.encode(credential.rawId),
        response: {
          attestationObject: base64url.encode(response.attestationObject),
          clientDataJSON: base64url.encode(response.clientDataJSON),
          transports: response.getTransports ? response.getTransports() : [],
        },
        type: credential.type,
        clientExtensionResults: credential.getClientExtensionResults(),
        authenticatorAttachment: credential.authenticatorAttachment,
      },
      label,
    },
  });
  if (!answer.ok) {
    return failure(answer);
  }
  const result = await answer.json();
  return { ok: Boolean(result.success), status: answer.status, message: '' };
}

window.strikemapPasskeys = { signIn, register };
