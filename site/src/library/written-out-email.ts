/**
 * An e-mail address as people read it and address harvesters miss it: "name (at) example.org".
 * The page never holds the address whole, in its text or in a mailto: link.
 */
export const writtenOutEmail = (email: string): string => email.replace('@', ' (at) ');
