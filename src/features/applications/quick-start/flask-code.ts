import { code, SECRET_SLOT, type CodePart } from './code-parts';

export type FlaskGuideValues = {
  endpoint: string;
  appId: string;
  /** False when the app has no usable secret: the code then shows a placeholder to replace. */
  hasSecret: boolean;
  redirectUri: string;
  postSignOutUri: string;
};

export const NO_SECRET_PLACEHOLDER = 'replace-with-an-app-secret';

/** Python string literal: the URIs come from the admin, so quotes and backslashes are escaped. */
const py = (value: string) => JSON.stringify(value);

/** The port `flask run` should use, read from a local redirect URI; 3000 otherwise. */
export function localPort(redirectUri: string): string {
  try {
    const url = new URL(redirectUri);
    return ['localhost', '127.0.0.1'].includes(url.hostname) && url.port ? url.port : '3000';
  } catch {
    return '3000';
  }
}

export const installCode = (): CodePart[] => code`pip install logto "flask[async]"`;

export const clientCode = (values: FlaskGuideValues): CodePart[] => code`from flask import Flask, redirect, request, session
from logto import LogtoClient, LogtoConfig, Storage

app = Flask(__name__)
app.secret_key = "replace-with-a-long-random-string"


class FlaskSessionStorage(Storage):
    def get(self, key: str) -> str | None:
        return session.get(key)

    def set(self, key: str, value: str | None) -> None:
        session[key] = value

    def delete(self, key: str) -> None:
        session.pop(key, None)


client = LogtoClient(
    LogtoConfig(
        endpoint=${py(values.endpoint)},
        appId=${py(values.appId)},
        appSecret="${values.hasSecret ? SECRET_SLOT : NO_SECRET_PLACEHOLDER}",
    ),
    storage=FlaskSessionStorage(),
)`;

export const signInCode = (values: FlaskGuideValues): CodePart[] => code`@app.route("/sign-in")
async def sign_in():
    return redirect(await client.signIn(redirectUri=${py(values.redirectUri)}))


@app.route("/sign-up")
async def sign_up():
    return redirect(await client.signIn(
        redirectUri=${py(values.redirectUri)},
        interactionMode="signUp",
    ))


@app.route("/callback")
async def callback():
    try:
        await client.handleSignInCallback(request.url)
    except Exception as error:
        return f"Sign-in did not complete: {error}", 400
    return redirect("/")`;

export const signOutCode = (values: FlaskGuideValues): CodePart[] => code`@app.route("/sign-out")
async def sign_out():
    return redirect(await client.signOut(postLogoutRedirectUri=${py(values.postSignOutUri)}))`;

export const homeCode = (): CodePart[] => code`@app.route("/")
async def home():
    if not client.isAuthenticated():
        return '<a href="/sign-in">Sign in</a> or <a href="/sign-up">create an account</a>'
    claims = client.getIdTokenClaims()
    return f'Signed in as {claims.sub}. <a href="/sign-out">Sign out</a>'`;

export const runCode = (values: FlaskGuideValues): CodePart[] => code`flask --app app run --port ${localPort(values.redirectUri)}`;
